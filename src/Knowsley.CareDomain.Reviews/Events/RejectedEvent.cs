namespace Knowsley.CareDomain.Reviews.Events;

/// <summary>A source row that could not be used, with the field and the reason.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class RejectedEvent
{
    /// <summary>Initializes a rejection.</summary>
    /// <param name="row">The row number in the source.</param>
    /// <param name="field">The field at fault.</param>
    /// <param name="reason">Why the row was rejected.</param>
    public RejectedEvent(int row, string field, string reason)
    {
        Row = row;
        Field = field;
        Reason = reason;
    }

    /// <summary>Gets the row number in the source.</summary>
    public int Row { get; }

    /// <summary>Gets the field at fault.</summary>
    public string Field { get; }

    /// <summary>Gets why the row was rejected.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => $"row {Row}: {Field}: {Reason}";
}
