using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Surge.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AthleteNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "number",
                table: "athletes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing athletes are numbered 1, 2, … within their owner in the order they were created (their ids).
            migrationBuilder.Sql(
                "UPDATE athletes SET number = (SELECT COUNT(*) FROM athletes AS earlier " +
                "WHERE earlier.owner_id = athletes.owner_id AND earlier.id <= athletes.id);");

            migrationBuilder.CreateIndex(
                name: "IX_athletes_owner_id_number",
                table: "athletes",
                columns: new[] { "owner_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_athletes_owner_id_number",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "number",
                table: "athletes");
        }
    }
}
