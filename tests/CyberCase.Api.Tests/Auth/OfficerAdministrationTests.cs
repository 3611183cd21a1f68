using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Api.Tests.Auth;

/// <summary>Adding an officer (CreateOfficer) and changing an officer's roles (ChangeOfficerRoles).</summary>
public sealed class OfficerAdministrationTests : ApiTest
{
    // Tokens are checked against the database on every request here, so a renewed stamp shows on the very next one; the
    // tests sign in afresh after each role change, more often than the login limits allow.
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Auth:TokenCheckCacheSeconds"] = "0",
        ["Auth:LoginPerUser:PermitLimit"] = "1000",
        ["Auth:LoginPerAddress:PermitLimit"] = "1000",
    };

    private const string InitialPassword = "Kashmir-Station#2026";

    private static readonly Guid Kashmir = global::CyberCase.Infrastructure.Seeding.ReferenceData.StationId("CPS-KZ");
    private static readonly Guid Jammu = global::CyberCase.Infrastructure.Seeding.ReferenceData.StationId("CPS-JZ");

    private static object NewOfficer(string userName, Guid station, string[] roles, string? rank = "SubInspector",
        string password = InitialPassword) =>
        new { userName, fullName = "SI Bilal Ahmad Dar", rank, stationId = station, roles, password };

    private async Task<(HttpClient Client, JsonElement Login)> SignInAs(string userName, string password = InitialPassword)
    {
        var client = App.CreateClient();
        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { username = userName, password })).ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.GetProperty("accessToken").GetString());
        return (client, login);
    }

    /// <summary>A token of its own: a test that changes the administrator's roles ends the tokens issued before.</summary>
    private async Task<HttpClient> Admin() => (await SignInAs(Demo.Admin, CyberCaseApp.Password)).Client;

    private static IEnumerable<string?> RolesOf(JsonElement officer) =>
        officer.GetProperty("roles").EnumerateArray().Select(r => r.GetString());

    [Test]
    public async Task An_administrator_adds_an_officer_who_signs_in_with_the_initial_password()
    {
        var admin = await Admin();
        var created = await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("io3.kashmir", Kashmir, ["InvestigatingOfficer"])))
            .ShouldBe(HttpStatusCode.Created);
        Assert.That(created.GetProperty("userName").GetString(), Is.EqualTo("io3.kashmir"));
        Assert.That(RolesOf(created), Is.EqualTo(new[] { "InvestigatingOfficer" }));
        var id = created.GetProperty("id").GetGuid();

        var (officer, login) = await SignInAs("io3.kashmir");
        Assert.That(login.GetProperty("twoFactorEnrolmentRequired").GetBoolean(), Is.False, "an IO needs no second factor");
        Assert.That(login.GetProperty("passwordChangeRequired").GetBoolean(), Is.True, "the administrator knows the initial password");
        var me = await (await officer.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.That(me.GetProperty("id").GetGuid(), Is.EqualTo(id));
        Assert.That(me.GetProperty("name").GetString(), Is.EqualTo("SI Bilal Ahmad Dar"));
        Assert.That(me.GetProperty("rank").GetString(), Is.EqualTo("SubInspector"));
        Assert.That(me.GetProperty("station").GetProperty("code").GetString(), Is.EqualTo("CPS-KZ"));
        Assert.That(RolesOf(me), Is.EqualTo(new[] { "InvestigatingOfficer" }));
        var colleagues = await (await (await App.ClientFor(Demo.IoKashmir)).GetAsync($"/api/stations/{Kashmir}/officers")).ShouldBe(HttpStatusCode.OK);
        Assert.That(colleagues.EnumerateArray().Select(o => o.GetProperty("userName").GetString()), Does.Contain("io3.kashmir"));

        var audited = await App.WithDb(db => db.AuditRecords.AsNoTracking()
            .Where(a => a.Action == "CreateOfficer" && a.EntityId == id.ToString() && a.OfficerId == Demo.OfficerId(Demo.Admin)).ToListAsync());
        Assert.That(audited, Is.Not.Empty);
        Assert.That(audited.Any(a => a.Changes.Contains("InvestigatingOfficer", StringComparison.Ordinal)), Is.True, "the roles are audited");
        Assert.That(audited.Any(a => a.Changes.Contains(InitialPassword, StringComparison.Ordinal)), Is.False, "never the password");
    }

    [Test]
    public async Task An_administrator_lists_the_officers_of_any_station_and_others_only_their_own()
    {
        var jammu = await (await (await Admin()).GetAsync($"/api/stations/{Jammu}/officers")).ShouldBe(HttpStatusCode.OK);
        Assert.That(jammu.EnumerateArray().Select(o => o.GetProperty("userName").GetString()), Does.Contain(Demo.IoJammu).And.Not.Contain(Demo.IoKashmir));
        await (await (await Admin()).GetAsync($"/api/stations/{Guid.NewGuid()}/officers")).ShouldBe(HttpStatusCode.NotFound, "Station.NotFound");
        await (await (await App.ClientFor(Demo.ShoKashmir)).GetAsync($"/api/stations/{Jammu}/officers")).ShouldBe(HttpStatusCode.NotFound, "Station.NotFound");
    }

    [Test]
    public async Task A_new_officer_replaces_the_initial_password_with_one_of_their_own()
    {
        var admin = await Admin();
        await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("io5.kashmir", Kashmir, ["InvestigatingOfficer"]))).ShouldBe(HttpStatusCode.Created);
        var (officer, _) = await SignInAs("io5.kashmir");
        var same = await (await officer.PostAsJsonAsync("/api/me/password", new { currentPassword = InitialPassword, newPassword = InitialPassword }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(same.FieldErrors(), Is.EqualTo(new[] { "newPassword" }));
        Assert.That((await SignInAs("io5.kashmir")).Login.GetProperty("passwordChangeRequired").GetBoolean(), Is.True, "still the initial one");

        await (await officer.PostAsJsonAsync("/api/me/password", new { currentPassword = InitialPassword, newPassword = "Own-Choice#Srinagar1" }))
            .ShouldBe(HttpStatusCode.NoContent);
        var (_, login) = await SignInAs("io5.kashmir", "Own-Choice#Srinagar1");
        Assert.That(login.GetProperty("passwordChangeRequired").GetBoolean(), Is.False);
        var (_, demo) = await SignInAs(Demo.IoKashmir, CyberCaseApp.Password);
        Assert.That(demo.GetProperty("passwordChangeRequired").GetBoolean(), Is.False, "an officer's own password is theirs");
    }

    [Test]
    public async Task A_new_SHO_or_prosecutor_must_enrol_a_second_factor_at_first_sign_in()
    {
        var admin = await Admin();
        await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("sho2.jammu", Jammu, ["StationHouseOfficer", "InvestigatingOfficer"], "Inspector")))
            .ShouldBe(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("app.jammu", Jammu, ["Prosecutor"], rank: null)))
            .ShouldBe(HttpStatusCode.Created);

        var (sho, login) = await SignInAs("sho2.jammu");
        Assert.That(login.GetProperty("twoFactorEnrolmentRequired").GetBoolean(), Is.True);
        var me = await (await sho.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.That(me.GetProperty("twoFactorEnabled").GetBoolean(), Is.False);
        Assert.That(me.GetProperty("station").GetProperty("code").GetString(), Is.EqualTo("CPS-JZ"));
        var (prosecutor, prosecutorLogin) = await SignInAs("app.jammu");
        Assert.That(prosecutorLogin.GetProperty("twoFactorEnrolmentRequired").GetBoolean(), Is.True);
        var rank = (await (await prosecutor.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK)).GetProperty("rank");
        Assert.That(rank.ValueKind, Is.EqualTo(JsonValueKind.Null), "a prosecutor holds no police rank");
    }

    [Test]
    public async Task An_SHO_adds_officers_of_their_own_station_only_and_never_an_administrator()
    {
        var sho = await App.ClientFor(Demo.ShoKashmir);
        var created = await (await sho.PostAsJsonAsync("/api/officers", NewOfficer("constable1.kashmir", Kashmir, ["InvestigatingOfficer"], "Constable")))
            .ShouldBe(HttpStatusCode.Created);
        Assert.That(created.GetProperty("rank").GetString(), Is.EqualTo("Constable"));

        // Another station answers exactly like one that does not exist.
        var jammu = await (await sho.PostAsJsonAsync("/api/officers", NewOfficer("io9.jammu", Jammu, ["InvestigatingOfficer"])))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Officer.UnknownStation");
        var missing = await (await sho.PostAsJsonAsync("/api/officers", NewOfficer("io9.jammu", Guid.NewGuid(), ["InvestigatingOfficer"])))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Officer.UnknownStation");
        Assert.That(jammu.WithoutTraceId(), Is.EqualTo(missing.WithoutTraceId()));
        Assert.That(jammu.FieldErrors(), Is.EqualTo(new[] { "stationId" }));

        await (await sho.PostAsJsonAsync("/api/officers", NewOfficer("admin2.kashmir", Kashmir, ["Admin"])))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        foreach (var user in new[] { Demo.IoKashmir, Demo.ProsecutorKashmir, Demo.MalkhanaKashmir })
        {
            await (await (await App.ClientFor(user)).PostAsJsonAsync("/api/officers", NewOfficer("io8.kashmir", Kashmir, ["InvestigatingOfficer"])))
                .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        }

        Assert.That(await App.WithDb(db => db.Officers.CountAsync(o => o.UserName == "io9.jammu" || o.UserName == "admin2.kashmir" || o.UserName == "io8.kashmir")),
            Is.Zero);
    }

    [Test]
    public async Task A_new_officer_is_refused_beside_the_fields_at_fault()
    {
        var admin = await Admin();
        var empty = await (await admin.PostAsJsonAsync("/api/officers", new { })).ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(empty.FieldErrors(), Is.EquivalentTo(new[] { "userName", "fullName", "stationId", "roles", "password" }));

        var badName = await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("IO 3 Kashmir", Kashmir, ["InvestigatingOfficer"])))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(badName.FieldErrors(), Is.EqualTo(new[] { "userName" }));

        var weak = await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("io4.kashmir", Kashmir, ["InvestigatingOfficer"], password: "kashmir2026")))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(weak.FieldErrors(), Is.EqualTo(new[] { "password" }));

        var role = await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("io4.kashmir", Kashmir, ["InvestigatingOfficer", "Commissioner"])))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Officer.UnknownRole");
        Assert.That(role.FieldErrors(), Is.EqualTo(new[] { "roles[1]" }));

        var taken = await (await admin.PostAsJsonAsync("/api/officers", NewOfficer(Demo.IoKashmir, Kashmir, ["InvestigatingOfficer"])))
            .ShouldBe(HttpStatusCode.Conflict, "Officer.UserNameTaken");
        Assert.That(taken.FieldErrors(), Is.EqualTo(new[] { "userName" }));

        var rank = await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("io4.kashmir", Kashmir, ["InvestigatingOfficer"], "Commissioner")))
            .ShouldBe(HttpStatusCode.BadRequest, "Request.Malformed");
        Assert.That(rank.FieldErrors(), Is.EqualTo(new[] { "rank" }));

        var withUnknownField = new
        {
            userName = "io4.kashmir",
            fullName = "SI Bilal Ahmad Dar",
            rank = "SubInspector",
            stationId = Kashmir,
            roles = new[] { "InvestigatingOfficer" },
            password = InitialPassword,
            twoFactor = false,
        };
        var unknownField = await (await admin.PostAsJsonAsync("/api/officers", withUnknownField)).ShouldBe(HttpStatusCode.BadRequest, "Request.Malformed");
        Assert.That(unknownField.FieldErrors(), Is.EqualTo(new[] { "twoFactor" }));

        Assert.That(await App.WithDb(db => db.Users.CountAsync(u => u.UserName == "io4.kashmir")), Is.Zero, "nothing was added");
    }

    [Test]
    public async Task A_role_change_ends_the_officers_tokens_and_the_new_roles_apply_at_the_next_sign_in()
    {
        var admin = await Admin();
        var io2 = Demo.OfficerId(Demo.Io2Kashmir);
        var (before, _) = await SignInAs(Demo.Io2Kashmir, CyberCaseApp.Password);
        await (await before.PostAsJsonAsync("/api/officers", NewOfficer("constable2.kashmir", Kashmir, ["InvestigatingOfficer"], "Constable")))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");

        var changed = await (await admin.PutAsJsonAsync($"/api/officers/{io2}/roles", new { roles = new[] { "StationHouseOfficer", "InvestigatingOfficer" } }))
            .ShouldBe(HttpStatusCode.OK);
        Assert.That(RolesOf(changed), Is.EqualTo(new[] { "InvestigatingOfficer", "StationHouseOfficer" }));
        await (await before.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");

        var (after, login) = await SignInAs(Demo.Io2Kashmir, CyberCaseApp.Password);
        Assert.That(login.GetProperty("twoFactorEnrolmentRequired").GetBoolean(), Is.True, "an SHO must enrol a second factor");
        Assert.That(RolesOf(await (await after.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK)),
            Is.EqualTo(new[] { "InvestigatingOfficer", "StationHouseOfficer" }));
        await (await after.PostAsJsonAsync("/api/officers", NewOfficer("constable2.kashmir", Kashmir, ["InvestigatingOfficer"], "Constable")))
            .ShouldBe(HttpStatusCode.Created);

        // And back: the role taken away is gone with the token that carried it.
        await (await admin.PutAsJsonAsync($"/api/officers/{io2}/roles", new { roles = new[] { "InvestigatingOfficer" } })).ShouldBe(HttpStatusCode.OK);
        await (await after.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        var audited = await App.WithDb(db => db.AuditRecords.AsNoTracking()
            .Where(a => a.Action == "ChangeOfficerRoles" && a.EntityId == io2.ToString()).Select(a => a.Changes).ToListAsync());
        Assert.That(audited, Has.Count.EqualTo(2));
        Assert.That(audited[0], Does.Contain("StationHouseOfficer"));
    }

    [Test]
    public async Task Only_an_administrator_changes_roles_and_never_their_own()
    {
        var io = Demo.OfficerId(Demo.IoKashmir);
        var body = new { roles = new[] { "InvestigatingOfficer", "MalkhanaInCharge" } };
        foreach (var user in new[] { Demo.ShoKashmir, Demo.IoKashmir, Demo.ProsecutorKashmir, Demo.MalkhanaKashmir })
        {
            await (await (await App.ClientFor(user)).PutAsJsonAsync($"/api/officers/{io}/roles", body)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        }

        var admin = await Admin();
        await (await admin.PutAsJsonAsync($"/api/officers/{Demo.OfficerId(Demo.Admin)}/roles", new { roles = new[] { "InvestigatingOfficer" } }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Officer.OwnAccount");
        await (await admin.PutAsJsonAsync($"/api/officers/{Guid.NewGuid()}/roles", body)).ShouldBe(HttpStatusCode.NotFound, "Officer.NotFound");
        var none = await (await admin.PutAsJsonAsync($"/api/officers/{io}/roles", new { roles = Array.Empty<string>() }))
            .ShouldBe(HttpStatusCode.BadRequest, "Validation.Failed");
        Assert.That(none.FieldErrors(), Is.EqualTo(new[] { "roles" }));
        var unknown = await (await admin.PutAsJsonAsync($"/api/officers/{io}/roles", new { roles = new[] { "Superuser" } }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "Officer.UnknownRole");
        Assert.That(unknown.FieldErrors(), Is.EqualTo(new[] { "roles[0]" }));
        await (await admin.PutAsJsonAsync($"/api/officers/{io}/roles", new { roles = new[] { "InvestigatingOfficer" }, version = Guid.NewGuid() }))
            .ShouldBe(HttpStatusCode.BadRequest, "Request.Malformed");

        var roles = await (await (await App.ClientFor(Demo.IoKashmir)).GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.That(RolesOf(roles), Is.EqualTo(new[] { "InvestigatingOfficer" }), "nothing changed");
    }

    [Test]
    public async Task The_administrators_role_of_the_last_administrator_who_can_sign_in_is_kept()
    {
        var admin = await Admin();
        var second = (await (await admin.PostAsJsonAsync("/api/officers", NewOfficer("admin2.zone", Kashmir, ["Admin"], "DeputySuperintendentOfPolice")))
            .ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var (admin2, _) = await SignInAs("admin2.zone");

        // With another administrator, the role can be taken from the first... (and is given back)
        await (await admin2.PutAsJsonAsync($"/api/officers/{Demo.OfficerId(Demo.Admin)}/roles", new { roles = new[] { "InvestigatingOfficer" } }))
            .ShouldBe(HttpStatusCode.OK);
        var (adminAgain, _) = await SignInAs(Demo.Admin, CyberCaseApp.Password);
        await (await adminAgain.PutAsJsonAsync($"/api/officers/{second}/roles", new { roles = new[] { "InvestigatingOfficer" } }))
            .ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        await (await admin2.PutAsJsonAsync($"/api/officers/{Demo.OfficerId(Demo.Admin)}/roles", new { roles = new[] { "Admin" } }))
            .ShouldBe(HttpStatusCode.OK);

        // ...but not when the caller's own account was disabled a moment ago while their token is still trusted (the
        // claim is written as DisableOfficer writes it, without the new stamp that would end the token at once).
        await App.ExecuteRawSqlAsync(
            $"INSERT INTO AspNetUserClaims (UserId, ClaimType, ClaimValue) VALUES ('{second.ToString().ToUpperInvariant()}', 'cybercase:disabled', 'test')");
        var refused = await (await admin2.PutAsJsonAsync($"/api/officers/{Demo.OfficerId(Demo.Admin)}/roles", new { roles = new[] { "InvestigatingOfficer" } }))
            .ShouldBe(HttpStatusCode.Conflict, "Officer.LastAdmin");
        Assert.That(refused.GetProperty("detail").GetString(), Does.Contain("last administrator"));
        var (stillAdmin, _) = await SignInAs(Demo.Admin, CyberCaseApp.Password);
        Assert.That(RolesOf(await (await stillAdmin.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK)), Is.EqualTo(new[] { "Admin" }));
    }
}
