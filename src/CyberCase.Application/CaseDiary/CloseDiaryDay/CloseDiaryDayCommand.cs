using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseDiary.CloseDiaryDay;

/// <summary>
/// Closes a day of the case diary: its entries get the next pages of the FIR's volume, in the order written. Days
/// close in order (an earlier day with entries must be closed first), so the pages run in day order; a closed day
/// is never reopened or renumbered.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record CloseDiaryDayCommand(Guid FirId, DateOnly Day) : ICommand<CaseDiaryDayView>;

public sealed class CloseDiaryDayHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<CloseDiaryDayCommand, CaseDiaryDayView>
{
    public async ValueTask<CaseDiaryDayView> Handle(CloseDiaryDayCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        CaseDiaryReads.EnsureMayWrite(fir, officer);
        var now = clock.GetUtcNow();

        // The last page and the day's entries are read inside the write transaction, so an entry written at the same
        // moment is either on these pages or refused, and two closings never take the same pages.
        await db.BeginWriteAsync(ct);
        var closed = await db.CaseDiaryDays.Where(d => d.FirId == fir.Id).ToListAsync(ct);
        if (closed.Any(d => d.Day >= command.Day))
        {
            throw new DomainException("CaseDiary.DayClosed", "That day of the diary is closed (or a later day is); its pages are never renumbered.");
        }

        // Entries are never written on or before the last closed day, so any entry after it and before this day is open.
        var lastClosed = closed.Count == 0 ? DateOnly.MinValue : closed.Max(d => d.Day);
        if (await db.CaseDiaryEntries.AnyAsync(e => e.FirId == fir.Id && e.Day > lastClosed && e.Day < command.Day, ct))
        {
            throw new DomainException("CaseDiary.EarlierDayOpen", "An earlier day of the diary has entries and is not closed: close it first, so the pages run in day order.");
        }

        var entries = await db.CaseDiaryEntries.CountAsync(e => e.FirId == fir.Id && e.Day == command.Day, ct);
        var firstPage = (closed.Count == 0 ? 0 : closed.Max(d => d.LastPage)) + 1;
        db.CaseDiaryDays.Add(CaseDiaryDay.Close(Guid.CreateVersion7(now), officer.StationId, fir.Id, command.Day, entries, firstPage, officer.Id, now));
        await db.SaveChangesAsync(ct);

        return (await db.LoadDiaryAsync(fir, ct)).Days.Single(d => d.Day == command.Day);
    }
}
