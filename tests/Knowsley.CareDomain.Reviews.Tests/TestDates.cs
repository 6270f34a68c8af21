using NodaTime;
using NodaTime.Text;

namespace Knowsley.CareDomain.Reviews.Tests;

internal static class TestDates
{
    public static LocalDate D(string s) => LocalDatePattern.Iso.Parse(s).Value;
}
