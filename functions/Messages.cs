using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DrillPlatform.Functions;

public sealed class Messages
{
    [Function(nameof(Messages))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "messages")] HttpRequest request)
        => new OkResult();
}
