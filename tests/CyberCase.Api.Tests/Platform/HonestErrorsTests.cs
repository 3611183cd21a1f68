using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberCase.Api.Infrastructure;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using CyberCase.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Platform;

/// <summary>
/// Errors say what happened and no more: a conflict with existing records is 409, any other database failure a logged
/// 500 with its traceId; an unknown field is refused by name; a client that hung up gets nothing; times in one form.
/// </summary>
public sealed class HonestErrorsTests : ApiTest
{
    [Test]
    public async Task An_unknown_field_is_refused_with_its_name_not_dropped()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var body = JsonSerializer.SerializeToNode(Demo.NewFirBody())!.AsObject();
        body["gdEntryNumbr"] = "GD-1/2025";
        var problem = await (await io.PostAsJsonAsync("/api/firs", body)).ShouldBe(HttpStatusCode.BadRequest, "Request.Malformed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "gdEntryNumbr" }));

        var nested = JsonSerializer.SerializeToNode(Demo.NewFirBody())!.AsObject();
        nested["informant"]!.AsObject()["mobile"] = "+919419012345";
        problem = await (await io.PostAsJsonAsync("/api/firs", nested)).ShouldBe(HttpStatusCode.BadRequest, "Request.Malformed");
        Assert.That(problem.FieldErrors(), Is.EquivalentTo(new[] { "informant.mobile" }));

        await (await io.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_clash_with_an_existing_record_is_409_and_any_other_database_failure_a_bare_500()
    {
        var sho = await App.ClientFor(Demo.ShoKashmir);
        // A uniqueness the database enforces (here added by hand) and the application does not check first.
        await App.ExecuteRawSqlAsync("CREATE UNIQUE INDEX IX_Test_PremisesName ON Premises(Name)");
        await (await sho.PostAsJsonAsync("/api/premises", Investigation.Investigation.PremisesBody("Clash Call Centre"))).ShouldBe(HttpStatusCode.Created);
        var clash = await (await sho.PostAsJsonAsync("/api/premises", Investigation.Investigation.PremisesBody("Clash Call Centre")))
            .ShouldBe(HttpStatusCode.Conflict, "Database.Conflict");
        Assert.That(clash.GetProperty("traceId").GetString(), Is.Not.Empty);

        // A failure that is not a clash (a trigger aborting, as a full disk or a broken file would): the server's fault.
        await App.ExecuteRawSqlAsync("CREATE TRIGGER TR_Test_Fail BEFORE INSERT ON Premises WHEN NEW.Name = 'Broken' BEGIN SELECT RAISE(ABORT, 'secret detail'); END");
        var response = await sho.PostAsJsonAsync("/api/premises", Investigation.Investigation.PremisesBody("Broken"));
        var text = await response.Content.ReadAsStringAsync();
        var failure = await response.ShouldBe(HttpStatusCode.InternalServerError, "Server.Error");
        Assert.That(failure.GetProperty("traceId").GetString(), Is.Not.Empty);
        Assert.That(text, Does.Not.Contain("secret detail").And.Not.Contain("Sqlite"));
        Assert.That(await App.WithDb(db => Task.FromResult(db.Premises.Count(p => p.Name == "Broken"))), Is.Zero);
    }

    [Test]
    public void Only_unique_and_foreign_key_violations_count_as_conflicts()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Exec(connection, "PRAGMA foreign_keys = ON; CREATE TABLE p(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INT CHECK (n > 0));" +
            "CREATE TABLE c(id INTEGER PRIMARY KEY, pid INT NOT NULL REFERENCES p(id)); INSERT INTO p VALUES (1, 'a', 1);");
        Assert.That(DatabaseErrors.IsConflict(Fail(connection, "INSERT INTO p VALUES (2, 'a', 1)")), Is.True, "unique");
        Assert.That(DatabaseErrors.IsConflict(Fail(connection, "INSERT INTO p VALUES (1, 'b', 1)")), Is.True, "primary key");
        Assert.That(DatabaseErrors.IsConflict(Fail(connection, "INSERT INTO c VALUES (1, 9)")), Is.True, "foreign key");
        Assert.That(DatabaseErrors.IsConflict(Fail(connection, "INSERT INTO p VALUES (3, NULL, 1)")), Is.False, "not null is our bug");
        Assert.That(DatabaseErrors.IsConflict(Fail(connection, "INSERT INTO p VALUES (4, 'd', 0)")), Is.False, "check is our bug");
        Assert.That(DatabaseErrors.IsConflict(Fail(connection, "SELECT * FROM missing")), Is.False, "not a constraint at all");
    }

    [Test]
    public async Task A_client_that_hung_up_gets_no_answer()
    {
        var mapping = App.Services.GetRequiredService<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>();
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        var http = new DefaultHttpContext { RequestServices = App.Services, RequestAborted = aborted.Token };
        http.Response.Body = new MemoryStream();
        var handled = await mapping.TryHandleAsync(http, new OperationCanceledException(aborted.Token), CancellationToken.None);
        Assert.That(handled, Is.True);
        Assert.That(http.Response.Body.Length, Is.Zero, "nothing is written for a client that is gone");
        Assert.That(http.Response.StatusCode, Is.Not.EqualTo(400));

        // Cancelled for any other reason while the client still waits: the server's failure, not the client's.
        var waiting = new DefaultHttpContext { RequestServices = App.Services };
        waiting.Response.Body = new MemoryStream();
        await mapping.TryHandleAsync(waiting, new OperationCanceledException(), CancellationToken.None);
        Assert.That(waiting.Response.StatusCode, Is.EqualTo(500));
    }

    [Test]
    public async Task Times_come_back_in_IST_whatever_offset_they_were_sent_or_stored_with()
    {
        var io = await App.ClientFor(Demo.IoKashmir);
        var body = JsonSerializer.SerializeToNode(Demo.NewFirBody())!.AsObject();
        body["occurredFrom"] = "2025-10-01T04:30:00Z";
        var fir = await (await io.PostAsJsonAsync("/api/firs", body)).ShouldBe(HttpStatusCode.Created);
        Assert.That(fir.GetProperty("occurredFrom").GetString(), Is.EqualTo("2025-10-01T10:00:00+05:30"));
        Assert.That(fir.GetProperty("registeredAt").GetString(), Does.EndWith("+05:30"), "registered at the server's UTC clock");
        var read = await (await io.GetAsync($"/api/firs/{fir.Id()}")).ShouldBe(HttpStatusCode.OK);
        Assert.That(read.GetProperty("registeredAt").GetString(), Is.EqualTo(fir.GetProperty("registeredAt").GetString()));

        var admin = await App.ClientFor(Demo.Admin);
        var trail = await (await admin.GetAsync($"/api/audit?entityType=Fir&entityId={fir.Id()}")).ShouldBe(HttpStatusCode.OK);
        var times = trail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("at").GetString()).ToList();
        Assert.That(times, Is.Not.Empty.And.All.EndsWith("+05:30"));
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteException Fail(SqliteConnection connection, string sql) =>
        Assert.Throws<SqliteException>(() => Exec(connection, sql))!;
}
