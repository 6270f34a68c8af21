// A file-based script (.NET 10): dotnet run docs/examples/caseload-summary.cs
#:project ../../src/Knowsley.CareDomain.Synthetic/Knowsley.CareDomain.Synthetic.csproj
using System;
using Knowsley.CareDomain;
using Knowsley.CareDomain.Synthetic;

var caseload = SyntheticCaseloadGenerator.Generate(new SyntheticCaseloadOptions(people: 10_000, seed: 1));
var summary = SyntheticCaseloadSummary.Of(caseload);
Console.WriteLine($"{summary.LongTermSupport} in long-term support; median weekly income {summary.WeeklyIncome.Median}");

var monthlyRent = new PeriodicAmount(Money.Parse("650.00"), Frequency.CalendarMonthly);
Console.WriteLine($"{monthlyRent} is {monthlyRent.ToWeekly()} a week");
