namespace CyberCase.Benchmarks;

/// <summary>dotnet run -c Release --project tests/CyberCase.Benchmarks -- [fir-insert|fir-read|fir-search|imei-lookup|upload|tus-upload|bundle|bundle-1000|bundle-5000|login|scrutiny|money-trail|pages|page-weight|all]</summary>
public static class BenchmarkMain
{
    private static readonly Dictionary<string, Func<Task>> Benchmarks = new()
    {
        ["fir-insert"] = FirInsertBenchmark.Run,
        ["fir-read"] = FirReadBenchmark.Run,
        ["fir-search"] = FirSearchBenchmark.Run,
        ["imei-lookup"] = ImeiLookupBenchmark.Run,
        ["upload"] = UploadBenchmark.Run,
        ["tus-upload"] = TusUploadBenchmark.Run,
        ["bundle"] = BundleBenchmark.Run,
        ["bundle-1000"] = BundleBenchmark.RunThousand,
        ["bundle-5000"] = BundleBenchmark.RunLarge,
        ["login"] = LoginBenchmark.Run,
        ["scrutiny"] = ScrutinyBenchmark.Run,
        ["money-trail"] = MoneyTrailBenchmark.Run,
        ["pages"] = PagesBenchmark.Run,
        ["page-weight"] = PageWeightBenchmark.Run,
    };

    public static async Task<int> Main(string[] args)
    {
        // WebApplicationFactory finds the API's content root through a manifest in the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var which = args.FirstOrDefault() ?? "all";
        if (which == "bundle-large")
        {
            await BundleBenchmark.RunLargeSize(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        if (which == "bundle-size")
        {
            // One size of bundle-1000, run in a process of its own.
            await BundleBenchmark.RunSize(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        if (which != "all" && !Benchmarks.ContainsKey(which))
        {
            Console.Error.WriteLine($"unknown benchmark '{which}'; choose one of: all, {string.Join(", ", Benchmarks.Keys)}");
            return 2;
        }

        foreach (var (name, run) in Benchmarks.Where(b => which == "all" || b.Key == which))
        {
            Console.WriteLine($"== {name}");
            await run();
        }

        return 0;
    }
}
