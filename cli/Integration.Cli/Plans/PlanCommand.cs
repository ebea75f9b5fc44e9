using System.CommandLine;

namespace Integration.Cli.Plans;

/// <summary>The <c>plan</c> verb group: work with plan files offline.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var command = new Command("plan", "Work with migration plan files.");
        command.Subcommands.Add(PlanValidateCommand.Create());
        return command;
    }
}
