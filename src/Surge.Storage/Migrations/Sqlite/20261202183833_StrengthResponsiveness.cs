using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Surge.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StrengthResponsiveness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "strength_responsiveness",
                table: "athletes",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "strength_responsiveness",
                table: "athletes");
        }
    }
}
