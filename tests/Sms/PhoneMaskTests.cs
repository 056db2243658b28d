namespace DrillPlatform.Tests.Sms;

[Trait("Category", "Unit")]
public class PhoneMaskTests
{
    [Fact]
    public void Mask_WhenNumberIsChineseMobile_KeepsCountryCodeAndLastFourDigits() =>
        Assert.Equal("+86*******0001", PhoneMask.Mask("+8613800000001"));

    [Fact]
    public void Mask_WhenNumberIsNorthAmerican_HidesTheMiddle() =>
        Assert.Equal("+11*****7890", PhoneMask.Mask("+11234567890"));

    [Theory]
    [InlineData("+12345", "******")]
    [InlineData("", "(none)")]
    [InlineData(null, "(none)")]
    public void Mask_WhenValueIsTooShortOrMissing_RevealsNothing(string? value, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(value));
}
