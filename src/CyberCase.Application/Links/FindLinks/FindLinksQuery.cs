using CyberCase.Application.Common;
using CyberCase.Application.Money;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Links.FindLinks;

/// <summary>
/// The station's FIRs in which one identifier appears (an exhibit's IMEI, an accused's phone, an account of the money
/// trail), and how. The same number in two FIRs is the first lead in organised cyber fraud.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record FindLinksQuery(string? Imei, string? Phone, string? Account) : IQuery<LinksView>;

public sealed class FindLinksValidator : AbstractValidator<FindLinksQuery>
{
    public const string ExactlyOne = "Give exactly one of imei, phone or account.";

    public FindLinksValidator()
    {
        RuleFor(q => q).Must(q => Given(q) == 1).OverridePropertyName("query").WithMessage(ExactlyOne);
        When(q => Given(q) == 1, () =>
        {
            RuleFor(q => q.Imei).Must(DeviceIdentifiers.IsValidImei).When(q => q.Imei is not null)
                .WithMessage("Not a valid IMEI: 15 digits ending in a correct Luhn check digit.");
            RuleFor(q => q.Phone).Must(IndianPhone.IsValid).When(q => q.Phone is not null).WithMessage("Not a valid phone number.");
            RuleFor(q => q.Account).Must(a => AccountIdentifiers.TryParseLookup(a, out _, out _)).When(q => q.Account is not null)
                .WithMessage("Give an account number (optionally with the IFSC after a '/'), a UPI id or a wallet number.");
        });
    }

    private static int Given(FindLinksQuery q) =>
        new[] { q.Imei, q.Phone, q.Account }.Count(v => !string.IsNullOrWhiteSpace(v));
}

public sealed class FindLinksHandler(CyberCaseDbContext db, ICurrentOfficer officer) : IQueryHandler<FindLinksQuery, LinksView>
{
    public async ValueTask<LinksView> Handle(FindLinksQuery query, CancellationToken ct)
    {
        var station = officer.StationId;
        LinkKind kind;
        string value;
        List<LinkQueries.Hit> hits;
        if (query.Imei is not null)
        {
            _ = DeviceIdentifiers.TryNormaliseImei(query.Imei, out var imei);
            (kind, value) = (LinkKind.Imei, imei!);
            hits = await db.ImeiHitsAsync(station, [imei!], ct);
        }
        else if (query.Phone is not null)
        {
            _ = IndianPhone.TryNormalise(query.Phone, out var e164);
            (kind, value) = (LinkKind.Phone, e164);
            hits = await db.PhoneHitsAsync(station, [e164], ct);
        }
        else
        {
            _ = AccountIdentifiers.TryParseLookup(query.Account, out var numbers, out var ifsc);
            (kind, value) = (LinkKind.Account, ifsc is null ? numbers[0] : $"{numbers[0]}/{ifsc}");
            hits = await db.AccountHitsAsync(station, numbers, ifsc, ct);
        }

        var firIds = hits.Select(h => h.FirId).Distinct().ToList();
        var firs = await db.Firs.AsNoTracking().Where(f => firIds.Contains(f.Id) && f.StationId == station)
            .OrderBy(f => f.Year).ThenBy(f => f.Serial).Select(f => new FirRef(f.Id, f.Number)).ToListAsync(ct);
        var byId = firs.ToDictionary(f => f.Id);
        var appearances = hits.Where(h => byId.ContainsKey(h.FirId))
            .Select(h => new LinkAppearance(byId[h.FirId], h.How, h.RecordId, h.Label))
            .OrderBy(a => firs.IndexOf(a.Fir)).ThenBy(a => a.Label, StringComparer.Ordinal).ToList();
        return new LinksView(kind, value, firs, appearances);
    }
}
