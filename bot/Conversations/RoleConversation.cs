namespace DrillPlatform.Bot.Conversations;

/// <summary>"my role": the person's emergency posts and duties, as the plan assigns them.</summary>
public sealed class RoleConversation(ContentBundle content, CardRenderer cards, Texts texts, Replies replies)
{
    public async Task ShowAsync(Turn turn, CancellationToken ct)
    {
        var locale = turn.Locale;
        var roles = content.Roles.Where(r => turn.Person.HasRole(r.Id)).ToList();
        if (roles.Count == 0)
        {
            await replies.TextAsync(turn.Activity, texts.Get("role_none", locale), ct);
            return;
        }
        var card = cards.Render("role", new
        {
            Title = texts.Get("role_title", locale, turn.Person.Name),
            Roles = roles.Select(r => new
            {
                Name = r.Name.For(locale),
                Post = r.Post.For(locale),
                Duties = r.Duties.Select(d => d.For(locale)).ToList(),
                Citation = texts.Citation(r.Citation, locale),
            }).ToList(),
        });
        await replies.CardAsync(turn.Activity, card, ct);
    }
}
