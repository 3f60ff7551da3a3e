namespace Surge.Storage;

// The athletes' stored profiles (surge athlete) and what a fit stored in them.
public sealed partial class SurgeStore
{
    /// <summary>
    /// The stored profile of the owner's athlete <paramref name="athlete"/>: the fields set with
    /// <see cref="SaveProfile"/>, <see cref="AthleteSettings.None"/> when nothing is set or there is no such athlete.
    /// </summary>
    public AthleteSettings Profile(string athlete = DefaultAthlete)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        var row = _db.Athletes.AsNoTracking().FirstOrDefault(a => a.OwnerId == Owner && a.Name == athlete);
        return row is null ? AthleteSettings.None : ToSettings(row);
    }

    /// <summary>
    /// Stores the fields <paramref name="changes"/> sets in the profile of <paramref name="athlete"/> (created if new),
    /// leaving the others as they were, in one transaction; returns the whole stored profile.
    /// </summary>
    /// <exception cref="StoreException">The database refused (nothing is stored).</exception>
    public AthleteSettings SaveProfile(AthleteSettings changes, string athlete = DefaultAthlete)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        return RetryOnConflict(() => SaveProfileOnce(changes, athlete), $"saving the profile of {athlete}");
    }

    /// <summary>
    /// Clears what <c>surge fit … --store</c> fitted into the profile of <paramref name="athlete"/> (the strength
    /// responsiveness from the log, the acute response factors from samples), leaving the other fields (the resting
    /// testosterone, which the person may also have measured and typed, stays); returns the whole stored profile (<see cref="AthleteSettings.None"/>
    /// when there is no such athlete: nothing is created).
    /// </summary>
    /// <exception cref="StoreException">The database refused (nothing is changed).</exception>
    public AthleteSettings ResetFit(string athlete = DefaultAthlete)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        _db.ChangeTracker.Clear();
        try
        {
            var row = _db.Athletes.FirstOrDefault(a => a.OwnerId == Owner && a.Name == athlete);
            if (row is null)
            {
                return AthleteSettings.None;
            }
            if (ToSettings(row).HasFits)
            {
                row.StrengthResponsiveness = null;
                row.GrowthHormoneResponse = null;
                row.CortisolResponse = null;
                row.LactateResponse = null;
                row.LactateClearance = null;
                row.ProfileUpdatedUtc = DateTime.UtcNow;
                _db.SaveChanges();
            }
            return ToSettings(row);
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            throw new StoreException($"resetting the fit of {athlete} failed, nothing was changed: {Innermost(e)}", e);
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    private AthleteSettings SaveProfileOnce(AthleteSettings changes, string athlete) =>
        Writing($"saving the profile of {athlete} failed, nothing was stored", () =>
        {
            var now = DateTime.UtcNow;
            var row = FindOrAddAthlete(athlete, now);

            var merged = ToSettings(row).Update(changes);
            row.Sex = merged.Sex;
            row.AgeYears = merged.AgeYears;
            row.BodyMassKg = merged.BodyMassKg;
            row.BodyFatFraction = merged.BodyFatFraction;
            row.TrainingStatus = merged.TrainingStatus;
            row.MorningTestosteroneNmolPerL = merged.MorningTestosteroneNmolPerL;
            row.StrengthResponsiveness = merged.StrengthResponsiveness;
            row.GrowthHormoneResponse = merged.GrowthHormoneResponse;
            row.CortisolResponse = merged.CortisolResponse;
            row.LactateResponse = merged.LactateResponse;
            row.LactateClearance = merged.LactateClearance;
            row.ProfileUpdatedUtc = now;
            return merged;
        });

    private static AthleteSettings ToSettings(AthleteRow row) =>
        new(row.Sex, row.AgeYears, row.BodyMassKg, row.BodyFatFraction, row.TrainingStatus, row.MorningTestosteroneNmolPerL, row.StrengthResponsiveness,
            row.GrowthHormoneResponse, row.CortisolResponse, row.LactateResponse, row.LactateClearance);
}
