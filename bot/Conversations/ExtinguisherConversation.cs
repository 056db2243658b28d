namespace DrillPlatform.Bot.Conversations;

/// <summary>"extinguisher &lt;room&gt;": the nearest extinguishers to a room of the site registry.</summary>
public sealed class ExtinguisherConversation(ContentBundle content, SiteRegistry site, CardRenderer cards, Texts texts, Replies replies)
{
    private const int Shown = 3;

    public async Task ShowAsync(Turn turn, string roomQuery, CancellationToken ct)
    {
        var locale = turn.Locale;
        if (string.IsNullOrWhiteSpace(roomQuery))
        {
            await replies.TextAsync(turn.Activity, texts.Get("extinguisher_usage", locale, RoomList(locale)), ct);
            return;
        }
        if (site.FindRoom(roomQuery) is not { } room)
        {
            await replies.TextAsync(turn.Activity, texts.Get("extinguisher_unknown_room", locale, roomQuery, RoomList(locale)), ct);
            return;
        }
        var nearest = site.Nearest(room, Shown);
        var card = cards.Render("extinguishers", new
        {
            Title = texts.Get("extinguisher_title", locale, room.Name.For(locale)),
            Items = nearest.Select((n, i) => new
            {
                Label = $"{i + 1}. {n.Extinguisher.Id}",
                Detail = texts.Get("extinguisher_detail", locale,
                    ExtinguisherTypeNames.For(n.Extinguisher.Type).For(locale),
                    RoomName(n.Extinguisher.Room, locale),
                    n.Extinguisher.Location.For(locale),
                    Math.Round(n.Distance).ToString(CultureInfo.InvariantCulture)),
            }).ToList(),
            Citation = texts.Get("extinguisher_citation", locale),
        });
        await replies.CardAsync(turn.Activity, card, ct);
    }

    private string RoomName(string roomId, string locale) =>
        content.Site.Rooms.FirstOrDefault(r => r.Id == roomId)?.Name.For(locale) ?? roomId;

    private string RoomList(string locale) =>
        string.Join(locale == Locales.ZhCn ? "、" : ", ", content.Site.Rooms.Select(r => r.Name.For(locale)));
}
