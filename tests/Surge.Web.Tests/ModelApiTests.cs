using Surge.Files;
using Surge.History;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Web.Tests;

public sealed class ModelApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Model()
    {
        var response = await _client.GetAsync("/api/model");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Model_muscles_are_the_canonical_groups_in_order()
    {
        var json = await Model();
        var muscles = json.GetProperty("muscles").EnumerateArray().Select(m => m.GetString()).ToArray();
        Assert.Equal(MuscleGroups.All.Select(g => g.Id()).ToArray(), muscles);
    }

    [Fact]
    public async Task Model_measures_are_the_core_measures_with_titles_and_units()
    {
        var json = await Model();
        var measures = json.GetProperty("measures").EnumerateArray().ToArray();
        Assert.Equal(Measures.All.Count, measures.Length);
        for (var i = 0; i < measures.Length; i++)
        {
            Assert.Equal(Measures.All[i].Id(), measures[i].GetProperty("id").GetString());
            Assert.Equal(Measures.All[i].Title(), measures[i].GetProperty("title").GetString());
            Assert.Equal(Measures.All[i].Unit(), measures[i].GetProperty("unit").GetString());
        }
    }

    [Fact]
    public async Task Model_reps_to_fraction_is_the_core_relation_for_1_to_30_reps()
    {
        var json = await Model();
        var table = json.GetProperty("reps_to_fraction").EnumerateArray().Select(f => f.GetDouble()).ToArray();
        Assert.Equal(30, table.Length);
        for (var reps = 1; reps <= 30; reps++)
        {
            Assert.Equal(RepetitionMaximum.FractionOfOneRm(reps), table[reps - 1], 12);
        }
    }

    [Theory]
    [InlineData(Sex.Male, "male")]
    [InlineData(Sex.Female, "female")]
    public async Task Model_athlete_defaults_are_Athlete_Create(Sex sex, string name)
    {
        var json = await Model();
        var defaults = json.GetProperty("athlete_defaults").GetProperty(name);
        var athlete = Athlete.Create(sex);
        Assert.Equal(athlete.AgeYears, defaults.GetProperty("age").GetDouble());
        Assert.Equal(athlete.BodyMassKg, defaults.GetProperty("body_mass_kg").GetDouble());
        Assert.Equal(athlete.BodyFatFraction * 100, defaults.GetProperty("body_fat_pct").GetDouble(), 9);
        Assert.Equal(AthleteSettings.Name(athlete.TrainingStatus), defaults.GetProperty("training_status").GetString());
    }

    [Fact]
    public async Task Model_units_and_session_defaults_are_the_core_constants()
    {
        var json = await Model();
        var units = json.GetProperty("units");
        Assert.Equal(Mass.KilogramsPerPound, units.GetProperty("kg_per_lb").GetDouble());
        Assert.Equal(QuantityParser.TestosteroneNgPerDlPerNmolPerL, units.GetProperty("testosterone_ng_per_dl_per_nmol_per_l").GetDouble());
        Assert.Equal(Surge.Files.SessionFile.DefaultRest.TotalSeconds, json.GetProperty("session_defaults").GetProperty("rest_s").GetDouble());
    }

    [Fact]
    public async Task Model_session_defaults_are_the_readers_defaults()
    {
        var defaults = (await Model()).GetProperty("session_defaults");
        Assert.Equal(Session.DefaultStartTime, TimeOnly.Parse(defaults.GetProperty("start_time").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Session.DefaultRecordUntil.TotalMinutes, defaults.GetProperty("record_until_min").GetDouble());
    }

    [Fact]
    public async Task Model_limits_are_the_ranges_the_readers_accept()
    {
        var limits = (await Model()).GetProperty("limits");
        void Range(string name, double min, double max)
        {
            Assert.Equal(min, limits.GetProperty(name).GetProperty("min").GetDouble(), 9);
            Assert.Equal(max, limits.GetProperty(name).GetProperty("max").GetDouble(), 9);
        }
        Range("age_years", AthleteSettings.MinimumAgeYears, AthleteSettings.MaximumAgeYears);
        Range("body_mass_kg", AthleteSettings.MinimumBodyMassKg, AthleteSettings.MaximumBodyMassKg);
        Range("body_fat_pct", AthleteSettings.MinimumBodyFatFraction * 100, AthleteSettings.MaximumBodyFatFraction * 100);
        Range("testosterone_nmol_per_l", QuantityParser.MinimumTestosteroneNmolPerL, QuantityParser.MaximumTestosteroneNmolPerL);
        Assert.Equal(ProgramFile.MaximumProteinGPerKgPerDay, limits.GetProperty("protein_g_per_kg_per_day").GetProperty("max").GetDouble());
        Assert.Equal(ProgramFile.MaximumEnergyBalanceKcalPerDay, limits.GetProperty("energy_balance_kcal_per_day").GetProperty("max").GetDouble());
        Assert.Equal(Session.MaximumRecordUntil.TotalMinutes, limits.GetProperty("record_until_min").GetProperty("max").GetDouble());
    }

    [Fact]
    public async Task Model_training_statuses_rpe_relation_and_volume_bands_are_the_cores()
    {
        var json = await Model();
        Assert.Equal(Enum.GetValues<TrainingStatus>().Select(AthleteSettings.Name).ToArray(),
            json.GetProperty("training_statuses").EnumerateArray().Select(s => s.GetString()).ToArray());
        var rir = json.GetProperty("rir_for_rpe").EnumerateArray().Select(r => r.GetDouble()).ToArray();
        Assert.Equal(10, rir.Length);
        for (var rpe = 1; rpe <= rir.Length; rpe++)
        {
            Assert.Equal(Effort.FromRpe(rpe).RepsInReserve, rir[rpe - 1]);
        }
        var bands = json.GetProperty("volume_bands");
        Assert.Equal(VolumeBands.LowerSetsPerWeek, bands.GetProperty("lower_sets_per_week").GetDouble());
        Assert.Equal(VolumeBands.UpperSetsPerWeek, bands.GetProperty("upper_sets_per_week").GetDouble());
        Assert.Equal(Enum.GetValues<VolumeBand>().Select(b => b.Label()).ToArray(),
            bands.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToArray());
    }

    [Fact]
    public async Task Model_weekdays_are_the_program_readers_days_Monday_first()
    {
        var days = (await Model()).GetProperty("weekdays").EnumerateArray().ToArray();
        Assert.Equal(Weekdays.Keys, days.Select(d => d.GetProperty("key").GetString()!).ToArray());
        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], days.Select(d => d.GetProperty("name").GetString()!).ToArray());
        // Every name served is one a program file is read with, on the day it is served for.
        for (var i = 0; i < days.Length; i++)
        {
            Assert.Equal(i, Weekdays.IndexOf(days[i].GetProperty("key").GetString()!));
            Assert.All(days[i].GetProperty("aliases").EnumerateArray(), alias => Assert.Equal(i, Weekdays.IndexOf(alias.GetString()!)));
        }
    }

    [Fact]
    public async Task The_client_fixture_is_what_the_api_answers()
    {
        // test/model.test.js runs the pages' model functions on this file: it must be the server's answer.
        var response = await _client.GetAsync("/api/model");
        var answer = await response.Content.ReadAsStringAsync();
        var fixture = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Surge.Web", "client", "test", "fixtures", "model.json"));
        Assert.Equal(answer.ReplaceLineEndings("\n").TrimEnd(), fixture.ReplaceLineEndings("\n").TrimEnd());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Surge.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no Surge.slnx above {AppContext.BaseDirectory}");
    }

    [Fact]
    public async Task Model_is_anonymous_and_cacheable()
    {
        var response = await factory.CreateClient().GetAsync("/api/model");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SurgeApi.ModelCacheControl, response.Headers.CacheControl?.ToString());
    }
}
