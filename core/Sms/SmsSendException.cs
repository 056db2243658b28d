using System.Net;

namespace DrillPlatform.Core.Sms;

/// <summary>The whole request failed (bad credentials, bad request, or retries used up); nothing was sent.</summary>
public sealed class SmsSendException(string message, HttpStatusCode? statusCode, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode? StatusCode { get; } = statusCode;
}
