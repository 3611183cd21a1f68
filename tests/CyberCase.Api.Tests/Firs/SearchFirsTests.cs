using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;

namespace CyberCase.Api.Tests.Firs;

public sealed class SearchFirsTests
{
    private CyberCaseApp _app = null!;
    private HttpClient _io = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _app = new CyberCaseApp();
        _io = await _app.ClientFor(Demo.IoKashmir);
        await (await _io.PostAsJsonAsync("/api/firs", Demo.NewFirBody(informant: "Zahoor Ahmad Wani",
            narrative: "Victim paid through a fraudulent cryptocurrency exchange called Bitzenith."))).ShouldBe(HttpStatusCode.Created);
        await (await _io.PostAsJsonAsync("/api/firs", Demo.NewFirBody(informant: "Rubina Akhter",
            narrative: "Sextortion over a video call; money demanded through UPI."))).ShouldBe(HttpStatusCode.Created);
    }

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private async Task<List<JsonElement>> Search(string query)
    {
        var page = await (await _io.GetAsync("/api/firs?" + query)).ShouldBe(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    [Test]
    public async Task Q_finds_words_in_the_narrative_including_prefixes()
    {
        Assert.That((await Search("q=bitzen")).Select(i => i.GetProperty("informantName").GetString()), Is.EqualTo(new[] { "Zahoor Ahmad Wani" }));
        Assert.That((await Search("q=sextortion%20upi")).Select(i => i.GetProperty("informantName").GetString()), Is.EqualTo(new[] { "Rubina Akhter" }));
    }

    [Test]
    public async Task Q_finds_the_informant_and_the_number()
    {
        Assert.That((await Search("q=Rubina")).Count, Is.EqualTo(1));
        var founding = await Search("q=02/2021");
        Assert.That(founding.Select(i => i.GetProperty("number").GetString()), Does.Contain("02/2021"));
    }

    [TestCase("q=%22")]
    [TestCase("q=AND%20OR%20NOT")]
    [TestCase("q=*")]
    [TestCase("q=a%22b(c)d:e^f")]
    public async Task Full_text_syntax_in_q_never_breaks_the_search(string query)
    {
        var response = await _io.GetAsync("/api/firs?" + query);
        await response.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Filters_by_status_year_and_section()
    {
        var bySection = await Search("section=IPC%20120-B");
        Assert.That(bySection.Select(i => i.GetProperty("number").GetString()), Is.EqualTo(new[] { "02/2021" }));
        var byYear = await Search("year=2021");
        Assert.That(byYear.Select(i => i.GetProperty("number").GetString()), Is.EqualTo(new[] { "02/2021" }));
        var registered = await Search("status=Registered&pageSize=200");
        Assert.That(registered.All(i => i.GetProperty("status").GetString() == "Registered"), Is.True);
        Assert.That(await Search("status=ChargeSheeted"), Is.Empty);
    }

    [Test]
    public async Task Results_are_newest_first_and_paged()
    {
        var first = await (await _io.GetAsync("/api/firs?pageSize=1&page=1")).ShouldBe(HttpStatusCode.OK);
        var second = await (await _io.GetAsync("/api/firs?pageSize=1&page=2")).ShouldBe(HttpStatusCode.OK);
        Assert.That(first.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(4));
        var a = first.GetProperty("items")[0].GetProperty("registeredAt").GetDateTimeOffset();
        var b = second.GetProperty("items")[0].GetProperty("registeredAt").GetDateTimeOffset();
        Assert.That(a, Is.GreaterThanOrEqualTo(b));
    }

    [TestCase("page=0", "page")]
    [TestCase("pageSize=100000", "pageSize")]
    [TestCase("year=abc", "year")]
    [TestCase("status=Lost", "status")]
    public async Task Bad_query_parameters_answer_400_with_the_field(string query, string field)
    {
        var problem = await (await _io.GetAsync("/api/firs?" + query)).ShouldBe(HttpStatusCode.BadRequest);
        Assert.That(problem.FieldErrors(), Does.Contain(field));
    }
}
