using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Knowsley.CareDomain.ClientLevelData;
using NodaTime;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>
/// Generates a deterministic synthetic caseload shaped like a metropolitan council's adult social care caseload
/// (Knowsley, 2023/24: about 3,700 people in long term support and 260 in short term support).
/// </summary>
/// <remarks>
/// <para>
/// Person <c>i</c> is generated from its own seed, derived from the caseload seed and <c>i</c>, so the same options
/// always give the same people on every machine, and a larger caseload extends a smaller one with the same seed
/// only where the long/short term split allows.
/// </para>
/// <para>
/// The shape (age bands, settings, support reasons, incomes, capital, care costs) is synthetic and plausible, not a
/// copy of any council's records; amounts are drawn from ranges and are not statutory rates. See
/// <c>docs/synthetic-caseload.md</c> for the distributions.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread; generation runs in parallel when asked.</threadsafety>
public static class SyntheticCaseloadGenerator
{
    private static readonly (ServiceType Item, int Weight)[] LongTermSettings =
    {
        (ServiceType.LongTermCommunity, 72),
        (ServiceType.LongTermResidential, 20),
        (ServiceType.LongTermNursing, 8),
    };

    private static readonly (ServiceType Item, int Weight)[] ShortTermSettings =
    {
        (ServiceType.ShortTermMaximisingIndependence, 80),
        (ServiceType.ShortTermOther, 15),
        (ServiceType.ShortTermOngoingLowLevel, 5),
    };

    private static readonly (PrimarySupportReason Item, int Weight)[] OlderReasons =
    {
        (PrimarySupportReason.PhysicalPersonalCare, 62),
        (PrimarySupportReason.PhysicalAccessAndMobility, 8),
        (PrimarySupportReason.MemoryAndCognition, 20),
        (PrimarySupportReason.MentalHealth, 5),
        (PrimarySupportReason.SensoryVisual, 2),
        (PrimarySupportReason.SensoryHearing, 1),
        (PrimarySupportReason.SocialIsolationOrOther, 2),
    };

    private static readonly (PrimarySupportReason Item, int Weight)[] WorkingAgeReasons =
    {
        (PrimarySupportReason.LearningDisability, 42),
        (PrimarySupportReason.MentalHealth, 22),
        (PrimarySupportReason.PhysicalPersonalCare, 26),
        (PrimarySupportReason.PhysicalAccessAndMobility, 4),
        (PrimarySupportReason.SensoryVisual, 1),
        (PrimarySupportReason.SocialSubstanceMisuse, 2),
        (PrimarySupportReason.SocialIsolationOrOther, 3),
    };

    /// <summary>Generates a caseload.</summary>
    /// <param name="options">The options; null for the default Knowsley-shaped caseload.</param>
    /// <param name="progress">Called with the number of people generated so far, now and then; may be called from several threads.</param>
    /// <returns>The caseload.</returns>
    public static SyntheticCaseload Generate(SyntheticCaseloadOptions? options = null, Action<int>? progress = null)
    {
        options ??= new SyntheticCaseloadOptions();
        var people = new SyntheticPerson[options.People];
        var done = 0;
        const int Batch = 4096;
        var batches = (options.People + Batch - 1) / Batch;
        System.Threading.Tasks.Parallel.For(0, batches, b =>
        {
            var end = Math.Min(options.People, (b + 1) * Batch);
            for (var i = b * Batch; i < end; i++)
            {
                people[i] = GeneratePerson(options, i);
            }

            progress?.Invoke(Interlocked.Add(ref done, end - (b * Batch)));
        });
        return new SyntheticCaseload(options, people);
    }

    /// <summary>Generates one person of a caseload, without generating the others.</summary>
    /// <param name="options">The caseload options.</param>
    /// <param name="index">The person's zero-based index, less than <see cref="SyntheticCaseloadOptions.People"/>.</param>
    /// <returns>The person.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the caseload.</exception>
    public static SyntheticPerson GeneratePerson(SyntheticCaseloadOptions options, int index)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (index < 0 || index >= options.People)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the caseload.");
        }

        var seed = SyntheticRandom.Mix(options.Seed, "person:" + index.ToString(CultureInfo.InvariantCulture));
        var random = new SyntheticRandom(seed, "demographics");
        var longTerm = index < options.LongTermPeople;
        var older = random.Chance(longTerm ? 64 : 78);
        var age = older ? AgeOver65(random) : random.Next(18, 65);
        var dateOfBirth = options.AsAt.PlusYears(-age).PlusDays(-random.Next(0, 365));
        var serviceType = random.PickWeighted(longTerm ? LongTermSettings : ShortTermSettings);
        var reason = random.PickWeighted(older ? OlderReasons : WorkingAgeReasons);
        var supportStart = longTerm
            ? options.AsAt.PlusDays(-random.Next(30, 365 * 8))
            : options.AsAt.PlusDays(-random.Next(1, 42));
        var hasPartner = random.Chance(older ? 35 : 15);
        var hasCarer = random.Chance(hasPartner ? 70 : 30);

        var money = new SyntheticRandom(seed, "money");
        var cost = WeeklyCost(serviceType, money);
        var incomes = Incomes(older, serviceType, money);
        var savings = Savings(money);
        var homeValue = money.Chance(older ? 45 : 8) ? money.NextMoney(Money.FromPounds(70_000m), Money.FromPounds(260_000m)) : Money.Zero;

        return new SyntheticPerson(
            "SYN-" + (index + 1).ToString("000000", CultureInfo.InvariantCulture),
            index,
            seed,
            dateOfBirth,
            serviceType,
            reason,
            supportStart,
            hasCarer,
            hasPartner,
            cost,
            incomes,
            savings,
            homeValue);
    }

    private static int AgeOver65(SyntheticRandom random)
        => random.PickWeighted(new[] { (random.Next(65, 75), 30), (random.Next(75, 85), 40), (random.Next(85, 101), 30) });

    private static Money WeeklyCost(ServiceType serviceType, SyntheticRandom random)
    {
        if (serviceType.Equals(ServiceType.LongTermNursing))
        {
            return random.NextMoney(Money.FromPounds(850m), Money.FromPounds(1_250m));
        }

        if (serviceType.Equals(ServiceType.LongTermResidential))
        {
            return random.NextMoney(Money.FromPounds(700m), Money.FromPounds(1_100m));
        }

        if (serviceType.Category == ServiceCategory.ShortTerm)
        {
            return random.NextMoney(Money.FromPounds(120m), Money.FromPounds(450m));
        }

        var hours = random.PickWeighted(new[] { (random.Next(2, 8), 30), (random.Next(8, 20), 45), (random.Next(20, 60), 25) });
        return Money.FromPounds(23.50m).Multiply(hours, MoneyRounding.HalfUp) + random.NextMoney(Money.Zero, Money.FromPounds(60m));
    }

    private static List<SyntheticIncome> Incomes(bool older, ServiceType serviceType, SyntheticRandom random)
    {
        var incomes = new List<SyntheticIncome>();
        if (older)
        {
            incomes.Add(Weekly(SyntheticIncomeSource.StatePension, random.NextMoney(Money.FromPounds(150m), Money.FromPounds(225m))));
            if (random.Chance(45))
            {
                incomes.Add(new SyntheticIncome(SyntheticIncomeSource.PrivatePension, new PeriodicAmount(random.NextMoney(Money.FromPounds(80m), Money.FromPounds(1_400m)), Frequency.CalendarMonthly)));
            }
            else if (random.Chance(55))
            {
                incomes.Add(Weekly(SyntheticIncomeSource.PensionCreditGuarantee, random.NextMoney(Money.FromPounds(5m), Money.FromPounds(60m))));
            }

            if (!serviceType.IsCareHome && random.Chance(65))
            {
                incomes.Add(Weekly(
                    random.Chance(55) ? SyntheticIncomeSource.AttendanceAllowanceHigher : SyntheticIncomeSource.AttendanceAllowanceLower,
                    random.NextMoney(Money.FromPounds(65m), Money.FromPounds(110m))));
            }
        }
        else
        {
            if (random.Chance(55))
            {
                incomes.Add(new SyntheticIncome(SyntheticIncomeSource.UniversalCredit, new PeriodicAmount(random.NextMoney(Money.FromPounds(400m), Money.FromPounds(1_300m)), Frequency.CalendarMonthly)));
            }
            else
            {
                incomes.Add(Weekly(SyntheticIncomeSource.EmploymentAndSupportAllowance, random.NextMoney(Money.FromPounds(80m), Money.FromPounds(180m))));
            }

            if (random.Chance(75))
            {
                incomes.Add(Weekly(
                    random.Chance(50) ? SyntheticIncomeSource.PipDailyLivingEnhanced : SyntheticIncomeSource.PipDailyLivingStandard,
                    random.NextMoney(Money.FromPounds(65m), Money.FromPounds(115m))));
                if (random.Chance(60))
                {
                    incomes.Add(Weekly(SyntheticIncomeSource.PipMobility, random.NextMoney(Money.FromPounds(25m), Money.FromPounds(80m))));
                }
            }

            if (random.Chance(8))
            {
                incomes.Add(new SyntheticIncome(SyntheticIncomeSource.Earnings, new PeriodicAmount(random.NextMoney(Money.FromPounds(200m), Money.FromPounds(900m)), Frequency.CalendarMonthly)));
            }
        }

        return incomes;
    }

    private static Money Savings(SyntheticRandom random)
    {
        var band = random.Next(0, 100);
        return band switch
        {
            < 35 => Money.Zero,
            < 70 => random.NextMoney(Money.FromPounds(1m), Money.FromPounds(6_000m)),
            < 82 => random.NextMoney(Money.FromPounds(6_000m), Money.FromPounds(14_000m)),
            < 90 => random.NextMoney(Money.FromPounds(14_000m), Money.FromPounds(24_000m)),
            _ => random.NextMoney(Money.FromPounds(24_000m), Money.FromPounds(150_000m)),
        };
    }

    private static SyntheticIncome Weekly(SyntheticIncomeSource source, Money amount) => new(source, PeriodicAmount.Weekly(amount));
}
