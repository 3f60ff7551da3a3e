using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Surge.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AthleteProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "age_years",
                table: "athletes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "body_fat_fraction",
                table: "athletes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "body_mass_kg",
                table: "athletes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "morning_testosterone_nmol_per_l",
                table: "athletes",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "profile_updated_utc",
                table: "athletes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sex",
                table: "athletes",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "training_status",
                table: "athletes",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "age_years",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "body_fat_fraction",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "body_mass_kg",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "morning_testosterone_nmol_per_l",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "profile_updated_utc",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "sex",
                table: "athletes");

            migrationBuilder.DropColumn(
                name: "training_status",
                table: "athletes");
        }
    }
}
