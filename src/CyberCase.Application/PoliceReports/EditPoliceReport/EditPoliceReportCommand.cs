using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.PoliceReports.EditPoliceReport;

/// <summary>An accused line of the report: sent up for trial or not, the charges against them, and a note.</summary>
public sealed record ReportAccusedInput(Guid? CaseAccusedId, bool? SentUp, string? Charges, string? Note);

/// <summary>
/// The IO edits the draft: kind (and kind of closure), court, conclusion, medical reports relied on, and the accused
/// lines (all of them, replaced at once). The version read must be sent: a concurrent edit answers 409.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer)]
public sealed record EditPoliceReportCommand(Guid ReportId, PoliceReportKind? Kind, ClosureKind? Closure, string? Court, string? Conclusion,
    string? MedicalReports, IReadOnlyList<ReportAccusedInput>? Accused, Guid? Version) : ICommand<PoliceReportView>;

public sealed class EditPoliceReportValidator : AbstractValidator<EditPoliceReportCommand>
{
    public EditPoliceReportValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Closure).IsInEnum();
        RuleFor(c => c.Court).NotEmpty().MaximumLength(PoliceReport.CourtMaxLength);
        RuleFor(c => c.Conclusion).NotNull().MaximumLength(PoliceReport.ConclusionMaxLength);
        RuleFor(c => c.MedicalReports).MaximumLength(PoliceReport.MedicalReportsMaxLength);
        RuleFor(c => c.Accused).NotNull().Must(a => a is null || a.Count <= PoliceReport.MaxAccused);
        RuleForEach(c => c.Accused).ChildRules(a =>
        {
            a.RuleFor(x => x.CaseAccusedId).NotEmpty();
            a.RuleFor(x => x.SentUp).NotNull();
            a.RuleFor(x => x.Charges).NotEmpty().MaximumLength(PoliceReportAccused.ChargesMaxLength);
            a.RuleFor(x => x.Note).MaximumLength(PoliceReportAccused.NoteMaxLength);
        });
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class EditPoliceReportHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : ICommandHandler<EditPoliceReportCommand, PoliceReportView>
{
    public async ValueTask<PoliceReportView> Handle(EditPoliceReportCommand command, CancellationToken ct)
    {
        var report = await db.FindOwnReportAsync(command.ReportId, officer, ct);
        var fir = await db.FindOwnAsync(report.FirId, officer, ct);
        PoliceReportReads.EnsureIsIoOfCase(fir, officer);
        db.ExpectVersion(report, command.Version!.Value);

        var inputs = command.Accused!;
        var ids = inputs.Select(a => a.CaseAccusedId!.Value).ToList();
        var known = await db.CaseAccused.AsNoTracking().Where(a => a.FirId == fir.Id && ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        var unknown = ids.FindIndex(id => !known.Contains(id));
        if (unknown >= 0)
        {
            throw new DomainException("PoliceReport.UnknownAccused", "No such accused in this FIR.", RuleKind.Unprocessable,
                $"accused[{unknown}].caseAccusedId");
        }

        report.Edit(command.Kind!.Value, command.Closure, command.Court!.Trim(), command.Conclusion!.Trim(),
            string.IsNullOrWhiteSpace(command.MedicalReports) ? null : command.MedicalReports.Trim(),
            inputs.Select(a => new PoliceReportAccused
            {
                CaseAccusedId = a.CaseAccusedId!.Value,
                SentUp = a.SentUp!.Value,
                Charges = a.Charges!.Trim(),
                Note = string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim(),
            }).ToList());
        await db.SaveChangesAsync(ct);
        return await db.LoadReportAsync(report.Id, officer, ct);
    }
}
