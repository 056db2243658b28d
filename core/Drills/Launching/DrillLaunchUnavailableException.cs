namespace DrillPlatform.Core.Drills.Launching;

/// <summary>A trainer's launch could not even be stored (storage unreachable): nothing was launched, asking again later is safe.</summary>
public sealed class DrillLaunchUnavailableException(Exception inner)
    : Exception("The drill could not be stored; nothing was launched.", inner);
