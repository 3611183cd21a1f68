namespace CyberCase.Api.Tests.Infrastructure;

/// <summary>
/// A test class with one real API host of its own (its own SQLite database and data folder, with the demo data),
/// started before its first test and disposed after its last.
/// </summary>
public abstract class ApiTest
{
    protected CyberCaseApp App { get; private set; } = null!;

    /// <summary>Settings this fixture's host starts with, over the test defaults.</summary>
    protected virtual Dictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public void StartHost() => App = new CyberCaseApp(Settings);

    /// <summary>An error answer the OpenAPI document does not list fails the test that provoked it.</summary>
    [TearDown]
    public void ErrorsAreDocumented()
    {
        var undocumented = new List<string>();
        while (App.UndocumentedErrors.TryDequeue(out var error))
        {
            undocumented.Add(error);
        }

        Assert.That(undocumented.Distinct(), Is.Empty);
    }

    [OneTimeTearDown]
    public void StopHost() => App.Dispose();
}
