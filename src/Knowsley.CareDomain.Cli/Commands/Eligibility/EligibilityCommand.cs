using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Knowsley.CareDomain.Eligibility;
using Knowsley.CareDomain.Eligibility.Determination;
using Knowsley.CareDomain.Eligibility.Letters;
using Knowsley.CareDomain.Eligibility.Serialization;
using Knowsley.CareDomain.Serialization;

namespace Knowsley.CareDomain.Cli.Commands.Eligibility;

/// <summary><c>care eligibility &lt;determination.json&gt;</c>: determines eligibility from recorded findings and prints the decision and the letter.</summary>
internal static class EligibilityCommand
{
    internal static Command Create(CliServices services)
    {
        var file = new Argument<string>("determination") { Description = "The assessment findings as JSON (see docs/examples/eligibility-determination.json)" };
        var json = new Option<bool>("--json") { Description = "Print the determination, explanation and letter as JSON" };
        var markdown = new Option<bool>("--markdown") { Description = "Print the explanation and the letter as Markdown" };
        var councilName = new Option<string?>("--council-name") { Description = "The council's name for the letter heading (default: \"the council\")" };
        var contact = new Option<string?>("--contact") { Description = "How to contact the council, printed in the letter" };
        var command = new Command("eligibility", "Determine Care Act eligibility (SI 2015/313 regs 2 and 3) from recorded findings and print the decision and the letter")
        {
            file,
            json,
            markdown,
            councilName,
            contact,
        };
        command.SetAction(parse => CommandRunner.Run(services, () =>
        {
            var assessment = EligibilityAssessmentJson.Read(File.ReadAllText(parse.GetValue(file)!));
            var determination = EligibilityDeterminer.Determine(assessment, EligibilityParameters.Statutory);
            var name = parse.GetValue(councilName);
            var letter = string.IsNullOrWhiteSpace(name)
                ? determination.ToLetterMarkdown()
                : determination.ToLetterMarkdown(new DecisionLetterOptions(name!, parse.GetValue(contact)));
            if (parse.GetValue(json))
            {
                var document = new
                {
                    subject = determination.Subject,
                    assessmentReference = determination.AssessmentReference,
                    assessmentKind = determination.AssessmentKindCode,
                    personReference = determination.PersonReference,
                    determinationDate = determination.DeterminationDate,
                    periodConsidered = new { start = determination.PeriodStart, end = determination.PeriodEnd },
                    eligible = determination.IsEligible,
                    transition = determination.IsTransition,
                    conditions = determination.Conditions.Select(c => new { condition = c.Condition, citation = c.Condition.Citation.ToString(), met = c.Met, reasons = c.Reasons }),
                    carerHealth = determination.CarerHealth,
                    significantImpactWay = determination.SignificantImpactWay,
                    eligibleNeeds = determination.EligibleNeeds.Select(n => new { code = n.Code, description = n.Description, metBy = n.MetBy }),
                    meetingNeeds = new
                    {
                        basis = determination.MeetingNeeds.Basis,
                        citation = determination.MeetingNeeds.Basis.Citation.ToString(),
                        duty = determination.MeetingNeeds.IsDuty,
                        reasons = determination.MeetingNeeds.Reasons,
                        needsToMeet = determination.MeetingNeeds.NeedsToMeet.Select(n => n.Code),
                        needsMetByCarer = determination.MeetingNeeds.NeedsMetByCarer.Select(n => n.Code),
                        noDutyReasons = determination.MeetingNeeds.NoDutyReasons,
                        waitingOn = determination.MeetingNeeds.WaitingOn,
                        notes = determination.MeetingNeeds.Notes,
                    },
                    notes = determination.Notes,
                    explanation = determination.Explanation,
                    letter,
                };
                services.Out.WriteLine(JsonSerializer.Serialize(document, CareDomainJson.CreateOptions(indented: true)));
            }
            else if (parse.GetValue(markdown))
            {
                services.Out.Write(determination.Explanation.ToMarkdown());
                services.Out.WriteLine();
                services.Out.Write(letter);
            }
            else
            {
                services.Out.WriteLine($"Decision: {(determination.IsTransition ? (determination.IsEligible ? "likely to be eligible" : "not likely to be eligible") : (determination.IsEligible ? "eligible" : "not eligible"))}; {determination.MeetingNeeds.Basis.DisplayName} ({determination.MeetingNeeds.Basis.Citation})");
                services.Out.WriteLine();
                services.Out.Write(determination.Explanation.ToText());
                services.Out.WriteLine();
                services.Out.Write(letter);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
