namespace DrillPlatform.Local;

/// <summary>Dev-only endpoints (token issuer, emulator) answer only to this machine.</summary>
public static class LoopbackOnly
{
    public static ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        return remote is not null && System.Net.IPAddress.IsLoopback(remote)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Problem("Development endpoints answer on loopback only.", statusCode: 403));
    }
}
