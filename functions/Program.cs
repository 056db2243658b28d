using DrillPlatform.Bot;
using DrillPlatform.Core;
using DrillPlatform.Core.Api;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddCore(builder.Configuration).AddBot(builder.Configuration).AddApi(builder.Configuration);
builder.Build().Run();
