using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Surge.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AcuteResponse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "cortisol_response",
                table: "athletes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "growth_hormone_response",
                table: "athletes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "lactate_clearance",
                table: "athletes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "lactate_response",
                table: "athletes",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cortisol_response",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "growth_hormone_response",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "lactate_clearance",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "lactate_response",
                table: "athletes");
        }
    }
}
