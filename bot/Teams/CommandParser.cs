using System.Text.RegularExpressions;

namespace DrillPlatform.Bot.Teams;

public enum CommandKind { Unknown, Help, Quiz, MyRole, Extinguisher, Language, Practice, Drills, Schedule, Cancel, Run, Checks, Overdue, Readiness, MyReadiness, Review, Report }

public sealed record Command(CommandKind Kind, string Argument);

/// <summary>Reads what a person typed, in English or Chinese (the bot's @mention already removed, see BotMention).</summary>
public static partial class CommandParser
{
    private static readonly (CommandKind Kind, string[] Words)[] Vocabulary =
    [
        (CommandKind.Help, ["help", "?", "帮助", "菜单"]),
        (CommandKind.MyReadiness, ["my readiness", "我的准备度"]),
        (CommandKind.Readiness, ["readiness", "准备度"]),
        (CommandKind.Quiz, ["quiz", "测验", "答题", "考试"]),
        (CommandKind.MyRole, ["my role", "role", "我的岗位", "岗位", "我的职责", "职责"]),
        (CommandKind.Extinguisher, ["extinguisher", "extinguishers", "灭火器"]),
        (CommandKind.Language, ["language", "lang", "语言"]),
        (CommandKind.Practice, ["practice", "practise", "练习", "场景练习"]),
        (CommandKind.Schedule, ["schedule", "安排演练", "演练计划"]),
        (CommandKind.Run, ["run", "立即演练", "发起演练"]),
        (CommandKind.Cancel, ["cancel", "取消"]),
        (CommandKind.Drills, ["drills", "drill", "演练记录", "演练"]),
        (CommandKind.Checks, ["checks", "my checks", "检查", "我的检查"]),
        (CommandKind.Overdue, ["overdue", "逾期"]),
        (CommandKind.Review, ["review", "复盘"]),
        (CommandKind.Report, ["report", "报表", "合规报表"]),
    ];

    public static Command Parse(string? text)
    {
        var clean = Whitespace().Replace(text ?? "", " ").Trim();
        foreach (var (kind, words) in Vocabulary)
            foreach (var word in words.OrderByDescending(w => w.Length))
                if (clean.StartsWith(word, StringComparison.OrdinalIgnoreCase) &&
                    (clean.Length == word.Length || !char.IsAsciiLetter(word[^1]) || !char.IsAsciiLetter(clean[word.Length])))
                    return new Command(kind, clean[word.Length..].Trim());
        return clean.ToLowerInvariant() switch
        {
            "english" or "英文" or "英语" => new Command(CommandKind.Language, "en"),
            "中文" or "chinese" => new Command(CommandKind.Language, "zh-CN"),
            _ => new Command(CommandKind.Unknown, clean),
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
