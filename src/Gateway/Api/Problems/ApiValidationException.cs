namespace Inkan.Gateway.Api.Problems;

/// <summary>A request field is missing or breaks its rule; answered as a 400 problem naming <see cref="Field"/>.</summary>
public sealed class ApiValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/> (a JSON path such as <c>data.amount</c>).</summary>
    public ApiValidationException(string field, string message) : base(message) => Field = field;

    /// <summary>Creates the exception for a request as a whole.</summary>
    public ApiValidationException() : this("", "The request is not valid.")
    {
    }

    /// <summary>Creates the exception for a request as a whole.</summary>
    public ApiValidationException(string message) : this("", message)
    {
    }

    /// <summary>Creates the exception for a request as a whole, caused by <paramref name="innerException"/>.</summary>
    public ApiValidationException(string message, Exception innerException) : base(message, innerException) => Field = "";

    /// <summary>The field, as a camel-case JSON path; empty for the request as a whole.</summary>
    public string Field { get; }
}
