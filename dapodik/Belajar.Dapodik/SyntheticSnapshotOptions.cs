namespace Belajar.Dapodik;

/// <summary>What the synthetic national snapshot generator makes.</summary>
public sealed record SyntheticSnapshotOptions
{
    /// <summary>Number of learner rows (exact). Schools and PTK follow in national proportion (~190 learners a school, 1 PTK per 16).</summary>
    public int Learners { get; init; } = 1000;

    /// <summary>Seed: the same seed and options give the same bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share (0–1) of rows made invalid, spread over every kind of rule; 0 for a clean snapshot.</summary>
    public double InvalidShare { get; init; }

    /// <summary>A fixed number of schools instead of the national proportion (for small samples).</summary>
    public int? Schools { get; init; }

    /// <summary>Use only the first N provinces of a fixed, varied list (DKI, Jawa Barat, Bali, Sumatera Utara, Papua, ...); null for all 38.</summary>
    public int? Provinces { get; init; }

    /// <summary>bcrypt work factor of the operators' password hashes; 4 (the minimum) keeps big generations fast.</summary>
    public int BcryptWorkFactor { get; init; } = 4;

    /// <summary>Checks the options; throws with what to fix.</summary>
    public void Validate()
    {
        if (Learners < 0)
        {
            throw new ArgumentException("Learners must be 0 or more.", nameof(Learners));
        }

        if (InvalidShare is < 0 or > 1 || double.IsNaN(InvalidShare))
        {
            throw new ArgumentException("InvalidShare must be between 0 and 1, e.g. 0.02.", nameof(InvalidShare));
        }

        if (Schools is < 1)
        {
            throw new ArgumentException("Schools must be 1 or more.", nameof(Schools));
        }

        if (Provinces is < 1 or > 38)
        {
            throw new ArgumentException("Provinces must be between 1 and 38.", nameof(Provinces));
        }

        if (BcryptWorkFactor is < 4 or > 31)
        {
            throw new ArgumentException("BcryptWorkFactor must be between 4 and 31.", nameof(BcryptWorkFactor));
        }
    }
}
