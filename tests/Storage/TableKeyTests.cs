using Azure;
using Azure.Data.Tables;
using DrillPlatform.Core.Storage;

namespace DrillPlatform.Tests.Storage;

/// <summary>Azure Storage's key rules, held on Azurite too (it accepts bad keys in --loose mode).</summary>
[Trait("Category", "Storage")]
public sealed class TableKeyTests
{
    public static TheoryData<string> IllegalKeys => ["a/b", "a\\b", "a#b", "a?b", "tab\there", "nul\0", "del\u007f", "c1\u0085", new string('k', 513)];

    [Theory]
    [MemberData(nameof(IllegalKeys))]
    public void Problem_NamesWhatTheServiceRefuses(string key)
    {
        Assert.NotNull(TableKey.Problem(key));
        Assert.False(TableKey.IsLegal(key));
    }

    [Theory]
    [InlineData("records")]
    [InlineData("档案科 / 急诊#1?")]
    [InlineData("a|b\tc")]
    [InlineData("100% sure")]
    public void Encode_AnyTextPeopleType_IsALegalKeyAndDecodesBack(string value)
    {
        var key = TableKey.Encode(value);

        Assert.True(TableKey.IsLegal(key), key);
        Assert.DoesNotContain('|', key);
        Assert.Equal(value.Trim(), TableKey.Decode(key));
    }

    [Theory]
    [InlineData("fe-a101")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("d0123456789abcde")]
    public void Encode_OrdinaryIds_AreUnchanged(string id) => Assert.Equal(id, TableKey.Encode(id));

    [Fact]
    public void Encode_WhenTooLongOnceEncoded_SaysSo() =>
        Assert.Throws<ArgumentException>(() => TableKey.Encode(new string('档', 100)));

    [Theory]
    [MemberData(nameof(IllegalKeys))]
    public async Task Guard_RefusesAnInsertWithAnIllegalKey_AsTheServiceWould(string key)
    {
        var table = await TableAsync();

        var partition = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity(key, "r")));
        var row = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", key)));

        Assert.Equal((400, "OutOfRangeInput"), (partition.Status, partition.ErrorCode));
        Assert.Contains("PartitionKey", partition.Message);
        Assert.Contains("RowKey", row.Message);
        Assert.DoesNotContain(key, row.Message);
    }

    [Fact]
    public async Task Guard_RefusesPointReadsUpdatesAndTransactionsWithIllegalKeys()
    {
        var table = await TableAsync();
        await table.AddEntityAsync(new TableEntity("p", "fine"));

        await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityIfExistsAsync<TableEntity>("a#b", "r"));
        await Assert.ThrowsAsync<RequestFailedException>(() => table.UpsertEntityAsync(new TableEntity("p", "x?y")));
        await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "x/y"));
        await Assert.ThrowsAsync<RequestFailedException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("p", "ok")), new(TableTransactionActionType.Add, new TableEntity("p", "no\\way"))]));
        await Assert.ThrowsAsync<RequestFailedException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Delete, new TableEntity("p", "gone#"), ETag.All)]));

        Assert.Single(table.Query<TableEntity>());
    }

    [Fact]
    public async Task Guard_LetsLegalKeysThrough_IncludingQuotesAndEncodedText()
    {
        var table = await TableAsync();
        var encoded = TableKey.Encode("档案科/急诊 #1?");

        await table.AddEntityAsync(new TableEntity("it's", encoded));
        await table.SubmitTransactionAsync([new(TableTransactionActionType.UpsertReplace, new TableEntity("it's", "o'brien"))]);

        Assert.True((await table.GetEntityIfExistsAsync<TableEntity>("it's", encoded)).HasValue);
        Assert.Equal(2, table.Query<TableEntity>().Count());
    }

    private static async Task<TableClient> TableAsync()
    {
        var storage = await TestStorage.NewAsync();
        var table = storage.Service.GetTableClient(storage.Options.Value.Prefix + "Keys");
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
