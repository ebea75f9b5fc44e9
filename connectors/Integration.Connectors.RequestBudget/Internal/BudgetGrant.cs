namespace Integration.Connectors.RequestBudget.Internal;

/// <summary>One request let through by a <see cref="RequestBudget"/>: its entries in the windows it counts in, moved when it is answered.</summary>
internal sealed class BudgetGrant(
    LinkedListNode<DateTimeOffset> window,
    LinkedListNode<DateTimeOffset>? secondlyWindow)
{
    public LinkedListNode<DateTimeOffset> Window { get; } = window;

    public LinkedListNode<DateTimeOffset>? SecondlyWindow { get; } = secondlyWindow;
}
