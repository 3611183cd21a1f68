using System.Reflection;
using CyberCase.Application.Common;
using Mediator;
using NetArchTest.Rules;

namespace CyberCase.Application.Tests;

/// <summary>The dependency arrows point inward only: Api -> Infrastructure -> Application -> Domain.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(CyberCase.Domain.Firs.Fir).Assembly;
    private static readonly Assembly Application = typeof(AuditScope).Assembly;
    private static readonly Assembly Infrastructure = typeof(CyberCase.Infrastructure.DependencyInjection).Assembly;

    [Test]
    public void The_domain_references_no_package_and_no_other_layer()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.That(references.Where(r => !r.StartsWith("System", StringComparison.Ordinal) && r != "netstandard"), Is.Empty,
            "the domain may use the base library only");
    }

    [Test]
    public void The_application_does_not_depend_on_infrastructure_or_the_host()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("CyberCase.Infrastructure", "CyberCase.Api", "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Microsoft.AspNetCore.Http")
            .GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Test]
    public void Infrastructure_does_not_depend_on_the_host()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("CyberCase.Api").GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Test]
    public void The_domain_does_not_depend_on_outer_layers()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("CyberCase.Application", "CyberCase.Infrastructure", "CyberCase.Api").GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Test]
    public void Every_command_and_query_says_who_may_send_it()
    {
        var messages = Application.GetTypes().Where(t => !t.IsAbstract && typeof(IMessage).IsAssignableFrom(t)).ToList();
        Assert.That(messages, Is.Not.Empty);
        var open = messages.Where(t => t.GetCustomAttribute<AllowedRolesAttribute>() is null && t.GetCustomAttribute<AnonymousAttribute>() is null);
        Assert.That(open.Select(t => t.FullName), Is.Empty, "add [AllowedRoles(...)] (or [Anonymous] for login)");
        var anonymous = messages.Where(t => t.GetCustomAttribute<AnonymousAttribute>() is not null).Select(t => t.Name);
        // Login, and the record of a refused request (sent by the host itself, never from an endpoint: a rejected token
        // has no officer).
        Assert.That(anonymous, Is.EquivalentTo(new[] { "LoginCommand", "RecordSecurityEventCommand" }), "only these are open to anonymous callers");
    }

    [Test]
    public void Every_use_case_lives_in_a_folder_of_its_own_with_its_handler()
    {
        var handlers = Application.GetTypes().Where(t => t.GetInterfaces().Any(i => i.IsGenericType &&
            (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))).ToList();
        foreach (var handler in handlers)
        {
            var message = handler.GetInterfaces().First(i => i.IsGenericType).GetGenericArguments()[0];
            Assert.That(handler.Namespace, Is.EqualTo(message.Namespace), $"{handler.Name} sits next to {message.Name}");
        }
    }

    [Test]
    public void Each_use_case_folder_holds_one_message_named_after_it_in_one_file()
    {
        var messages = Application.GetTypes().Where(t => !t.IsAbstract && typeof(IMessage).IsAssignableFrom(t)).ToList();
        foreach (var group in messages.GroupBy(m => m.Namespace))
        {
            Assert.That(group.Select(m => m.Name), Has.Exactly(1).Items, $"one command or query in {group.Key}");
            var message = group.Single();
            Assert.That(AuditActionAttribute.Of(message), Is.EqualTo(group.Key!.Split('.').Last()),
                $"{message.Name} sits in a folder named after its use case");
        }

        // Command, validator and handler in one file named after the message, the same in every use case.
        var root = Path.Combine(RepositoryRoot(), "src", "CyberCase.Application");
        foreach (var message in messages)
        {
            var folder = Path.Combine([root, .. message.Namespace!.Split('.').Skip(2)]);
            Assert.That(Directory.GetFiles(folder, "*.cs").Select(Path.GetFileName), Is.EqualTo(new[] { message.Name + ".cs" }),
                $"the use case {message.Name} is one file");
        }
    }

    [Test]
    public void The_application_knows_no_database_provider()
    {
        // Provider knowledge (BEGIN IMMEDIATE, sp_getapplock, error codes, full-text syntax) lives in Infrastructure; the
        // use cases are written once for both providers.
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient", "Microsoft.EntityFrameworkCore.Sqlite",
                "Microsoft.EntityFrameworkCore.SqlServer", "SQLitePCL")
            .GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
        var references = Application.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.That(references.Where(r => r.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) || r.Contains("SqlClient", StringComparison.Ordinal)
            || r.Contains("SqlServer", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void The_audit_action_is_the_use_case_name_unless_an_attribute_says_otherwise()
    {
        Assert.That(AuditActionAttribute.Of(typeof(Firs.RegisterFir.RegisterFirCommand)), Is.EqualTo("RegisterFir"));
        Assert.That(AuditActionAttribute.Of(typeof(Firs.GetFir.GetFirQuery)), Is.EqualTo("GetFir"));
        Assert.That(AuditActionAttribute.Of(typeof(Renamed)), Is.EqualTo("SomethingElse"));
    }

    [AuditAction("SomethingElse")]
    private sealed record Renamed;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CyberCase.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CyberCase.sln not found above the test output.");
    }
}
