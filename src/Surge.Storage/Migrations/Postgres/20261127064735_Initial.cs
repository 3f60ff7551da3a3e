using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Surge.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "athletes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_athletes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exercise_mappings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exercise_mappings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    athlete_id = table.Column<long>(type: "bigint", nullable: false),
                    file = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    layout = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    imported_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    workouts_added = table.Column<int>(type: "integer", nullable: false),
                    workouts_skipped = table.Column<int>(type: "integer", nullable: false),
                    duplicates = table.Column<int>(type: "integer", nullable: false),
                    sets_added = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_records", x => x.id);
                    table.ForeignKey(
                        name: "FK_import_records_athletes_athlete_id",
                        column: x => x.athlete_id,
                        principalTable: "athletes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workouts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    athlete_id = table.Column<long>(type: "bigint", nullable: false),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    start = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    duration_seconds = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workouts", x => x.id);
                    table.ForeignKey(
                        name: "FK_workouts_athletes_athlete_id",
                        column: x => x.athlete_id,
                        principalTable: "athletes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_workouts_import_records_import_id",
                        column: x => x.import_id,
                        principalTable: "import_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sets",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workout_id = table.Column<long>(type: "bigint", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    exercise_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    exercise = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    weight_kg = table.Column<double>(type: "double precision", nullable: true),
                    reps = table.Column<int>(type: "integer", nullable: false),
                    rpe = table.Column<double>(type: "double precision", nullable: true),
                    rest_seconds = table.Column<double>(type: "double precision", nullable: true),
                    rest_inferred = table.Column<bool>(type: "boolean", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sets", x => x.id);
                    table.CheckConstraint("ck_sets_order", "\"order\" >= 1");
                    table.CheckConstraint("ck_sets_reps", "reps >= 0");
                    table.ForeignKey(
                        name: "FK_sets_workouts_workout_id",
                        column: x => x.workout_id,
                        principalTable: "workouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_athletes_name",
                table: "athletes",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exercise_mappings_normalized_name",
                table: "exercise_mappings",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_records_athlete_id",
                table: "import_records",
                column: "athlete_id");

            migrationBuilder.CreateIndex(
                name: "IX_sets_workout_id_order",
                table: "sets",
                columns: new[] { "workout_id", "order" });

            migrationBuilder.CreateIndex(
                name: "IX_workouts_athlete_id_key",
                table: "workouts",
                columns: new[] { "athlete_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workouts_athlete_id_start",
                table: "workouts",
                columns: new[] { "athlete_id", "start" });

            migrationBuilder.CreateIndex(
                name: "IX_workouts_import_id",
                table: "workouts",
                column: "import_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exercise_mappings");

            migrationBuilder.DropTable(
                name: "sets");

            migrationBuilder.DropTable(
                name: "workouts");

            migrationBuilder.DropTable(
                name: "import_records");

            migrationBuilder.DropTable(
                name: "athletes");
        }
    }
}
