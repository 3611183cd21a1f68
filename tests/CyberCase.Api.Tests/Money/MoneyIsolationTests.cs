using System.Net;
using System.Net.Http.Json;
using System.Text;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Infrastructure.Seeding.Demo;

namespace CyberCase.Api.Tests.Money;

/// <summary>Every endpoint of victims and the money trail: another station's case is not found, a wrong role is refused, no token is 401.</summary>
public sealed class MoneyIsolationTests : ApiTest
{
    private static readonly Guid Fir = Demo.FoundingFirId;
    private static readonly Guid Account = DemoSeizures.AccountId("02/2021", 1);

    private static readonly (string Method, string Url, object? Body)[] Endpoints =
    [
        ("POST", $"/api/firs/{Fir}/victims", new { name = "A victim" }),
        ("GET", $"/api/firs/{Fir}/victims", null),
        ("POST", $"/api/firs/{Fir}/progress-updates", new { at = "2021-02-01T10:00:00+05:30", means = "Phone", summary = "Told." }),
        ("GET", $"/api/firs/{Fir}/progress-updates", null),
        ("POST", $"/api/firs/{Fir}/transactions", new { occurredAt = "2021-01-10T10:00:00+05:30", amount = 5m, currency = "INR", channel = "Upi", fromAccountId = Account, toAccountId = DemoSeizures.AccountId("02/2021", 2) }),
        ("POST", $"/api/firs/{Fir}/accounts/{Account}/status", new { kind = "FreezeRequested", at = "2021-01-20T10:00:00+05:30", addressee = "Nodal Officer" }),
        ("GET", $"/api/firs/{Fir}/money-trail", null),
    ];

    private static Task<HttpResponseMessage> Send(HttpClient client, (string Method, string Url, object? Body) e) =>
        e.Method == "GET" ? client.GetAsync(e.Url) : client.PostAsJsonAsync(e.Url, e.Body);

    [Test]
    public async Task Another_station_s_case_is_not_found_on_every_endpoint()
    {
        var jammu = await App.ClientFor(Demo.IoJammu);
        foreach (var e in Endpoints)
        {
            await (await Send(jammu, e)).ShouldBe(HttpStatusCode.NotFound, "Fir.NotFound");
        }
    }

    [Test]
    public async Task A_prosecutor_reads_but_does_not_write_and_the_malkhana_reads_nothing()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var malkhana = await App.ClientFor(Demo.MalkhanaKashmir);
        foreach (var e in Endpoints)
        {
            if (e.Method == "POST")
            {
                await (await Send(prosecutor, e)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
            }
            else
            {
                await (await Send(prosecutor, e)).ShouldBe(HttpStatusCode.OK);
            }

            await (await Send(malkhana, e)).ShouldBe(HttpStatusCode.Forbidden, "Access.Forbidden");
        }
    }

    [Test]
    public async Task Without_a_token_every_endpoint_answers_401()
    {
        var anonymous = App.CreateClient();
        foreach (var e in Endpoints.Append(("GET", "/api/complaints", null)).Append(("POST", "/api/complaints/imports/preview", null)))
        {
            var response = e.Method == "GET" ? await anonymous.GetAsync(e.Url)
                : await anonymous.PostAsync(e.Url, e.Body is null ? new StringContent("x", Encoding.UTF8, "text/csv") : JsonContent.Create(e.Body));
            await response.ShouldBe(HttpStatusCode.Unauthorized, "Auth.Required");
        }
    }

    [Test]
    public async Task A_victim_or_account_of_another_case_is_not_found()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var later = DemoFirs.FirId("CPS-KZ", "14/2025");
        await (await io.PostAsJsonAsync($"/api/firs/{later}/accounts/{Account}/status", new { kind = "FreezeRequested", at = "2025-03-20T10:00:00+05:30", addressee = "Nodal Officer" }))
            .ShouldBe(HttpStatusCode.NotFound, "CaseAccount.NotFound");
        await (await io.PostAsJsonAsync($"/api/firs/{later}/progress-updates", new { victimId = DemoMoney.VictimId("02/2021", 1), at = "2025-03-20T10:00:00+05:30", means = "Phone", summary = "Told." }))
            .ShouldBe(HttpStatusCode.NotFound, "Victim.NotFound");
    }
}
