namespace Belajar.Dapodik;

/// <summary>One school with all its rows that passed validation, handed to the school's grain in one piece.</summary>
/// <param name="Sekolah">The school.</param>
/// <param name="Learners">The school's learners.</param>
/// <param name="Staff">The school's teachers and staff.</param>
/// <param name="Operators">The school's Dapodik users (<c>pengguna.csv</c>), operators and others.</param>
public sealed record SchoolRoster(Sekolah Sekolah, IReadOnlyList<PesertaDidik> Learners, IReadOnlyList<Ptk> Staff,
    IReadOnlyList<Pengguna> Operators);
