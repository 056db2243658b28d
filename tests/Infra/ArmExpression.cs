using System.Globalization;

namespace DrillPlatform.Tests.Infra;

/// <summary>
/// Evaluates what `bicep snapshot` leaves unevaluated: ARM template expressions over environment()
/// (the snapshot does not know the cloud), tenant() in parameter defaults, and reference() (runtime properties of resources, which
/// the platform fills in at deployment). Only the functions the templates use; anything else is
/// an error naming it, so a new construct cannot slip through unevaluated.
/// </summary>
public sealed class ArmExpression(
    IReadOnlyDictionary<string, object?> environment, IReadOnlyDictionary<string, object?> tenant, Func<string, string, object?> reference)
{
    private string text = "";
    private int at;

    /// <summary>A snapshot value: an expression in [...], an escaped literal [[..., or plain text.</summary>
    public object? Evaluate(string value)
    {
        if (value.StartsWith("[[", StringComparison.Ordinal)) return value[1..];
        if (!(value.StartsWith('[') && value.EndsWith(']'))) return value;
        (text, at) = (value[1..^1], 0);
        var result = Expression();
        Skip();
        return at == text.Length ? result : throw Error("unexpected text");
    }

    private object? Expression()
    {
        Skip();
        object? value;
        if (Peek() == '\'') value = StringLiteral();
        else if (char.IsDigit(Peek()) || Peek() == '-') value = Number();
        else value = Call(Identifier());
        while (true)
        {
            Skip();
            if (Peek() == '.') { at++; value = Member(value, Identifier()); }
            else if (Peek() == '[') { at++; var key = Expression(); Expect(']'); value = Member(value, Convert.ToString(key, CultureInfo.InvariantCulture)!); }
            else return value;
        }
    }

    private object? Call(string name)
    {
        Expect('(');
        var args = new List<object?>();
        Skip();
        if (Peek() != ')')
            do args.Add(Expression()); while (TryTake(','));
        Expect(')');
        return name switch
        {
            "environment" => environment,
            "tenant" => tenant,
            "reference" => reference((string)args[0]!, (string)args[1]!),
            "format" => string.Format(CultureInfo.InvariantCulture, (string)args[0]!, args.Skip(1).Select(Text).ToArray()),
            "concat" => string.Concat(args.Select(Text)),
            "string" => Text(args[0]),
            "equals" => Equals(Text(args[0]), Text(args[1])),
            "not" => !(bool)args[0]!,
            "empty" => args[0] is null || Text(args[0]).Length == 0,
            "if" => (bool)args[0]! ? args[1] : args[2],
            "createObject" => Enumerable.Range(0, args.Count / 2).ToDictionary(i => (string)args[2 * i]!, i => args[2 * i + 1]),
            _ => throw Error($"function {name}() is not supported by the test's evaluator"),
        };
    }

    private object? Member(object? value, string name) => value is IReadOnlyDictionary<string, object?> map
        ? map.TryGetValue(name, out var v) ? v : throw Error($"no property '{name}'")
        : throw Error($"'.{name}' on a value that is not an object");

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "True" : "False",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private string StringLiteral()
    {
        Expect('\'');
        var builder = new System.Text.StringBuilder();
        while (true)
        {
            if (at >= text.Length) throw Error("unterminated string");
            var c = text[at++];
            if (c != '\'') { builder.Append(c); continue; }
            if (at < text.Length && text[at] == '\'') { builder.Append('\''); at++; continue; }
            return builder.ToString();
        }
    }

    private long Number()
    {
        var start = at++;
        while (at < text.Length && char.IsDigit(text[at])) at++;
        return long.Parse(text[start..at], CultureInfo.InvariantCulture);
    }

    private string Identifier()
    {
        Skip();
        var start = at;
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '_')) at++;
        return at > start ? text[start..at] : throw Error("identifier expected");
    }

    private char Peek() => at < text.Length ? text[at] : '\0';
    private void Skip() { while (at < text.Length && text[at] == ' ') at++; }
    private bool TryTake(char c) { Skip(); if (Peek() != c) return false; at++; return true; }
    private void Expect(char c) { if (!TryTake(c)) throw Error($"'{c}' expected"); }
    private InvalidOperationException Error(string what) => new($"ARM expression [{text}] at {at}: {what}");
}
