using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Failures
{
    /// <summary>The test results of one job, as one JUnit test suite.</summary>
    internal sealed class JUnitSuite
    {
        public string Name { get; set; } = string.Empty;
        public string? WebUrl { get; set; }
        public DateTimeOffset? Timestamp { get; set; }
        public List<TestResult> Tests { get; set; } = new List<TestResult>();
    }

    /// <summary>
    /// Writes JUnit XML in the shape of the JUnit schema Azure DevOps' PublishTestResults and GitHub test reporters read
    /// (tests/Schemas/junit-10.xsd): testsuites > testsuite (properties, testcase*, system-out, system-err) > testcase
    /// with failure, error or skipped. CircleCI's results "failure" and "error" map to failure and error, "skipped"
    /// and "not_run" to skipped. The file and line go in the failure text, which the schema has a place for.
    /// </summary>
    internal static class JUnitWriter
    {
        public static void Write(TextWriter output, IReadOnlyList<JUnitSuite> suites, string name)
        {
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            using XmlWriter xml = XmlWriter.Create(output, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("tests", suites.Sum(s => s.Tests.Count).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", suites.Sum(s => s.Tests.Count(IsFailure)).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("errors", suites.Sum(s => s.Tests.Count(IsError)).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("time", Seconds(suites.Sum(s => s.Tests.Sum(t => t.RunTimeSeconds))));
            int id = 0;
            foreach (JUnitSuite suite in suites)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", suite.Name);
                xml.WriteAttributeString("tests", suite.Tests.Count.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("failures", suite.Tests.Count(IsFailure).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("errors", suite.Tests.Count(IsError).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("skipped", suite.Tests.Count(IsSkipped).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("time", Seconds(suite.Tests.Sum(t => t.RunTimeSeconds)));
                xml.WriteAttributeString("timestamp", (suite.Timestamp ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("hostname", "circleci");
                xml.WriteAttributeString("id", (id++).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("package", suite.Name);
                xml.WriteStartElement("properties");
                if (suite.WebUrl != null)
                {
                    xml.WriteStartElement("property");
                    xml.WriteAttributeString("name", "url");
                    xml.WriteAttributeString("value", suite.WebUrl);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                foreach (TestResult test in suite.Tests)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("name", Clean(test.Name));
                    xml.WriteAttributeString("classname", Clean(string.IsNullOrEmpty(test.Classname) ? test.File : test.Classname));
                    xml.WriteAttributeString("time", Seconds(test.RunTimeSeconds));
                    if (IsSkipped(test))
                    {
                        xml.WriteStartElement("skipped");
                        xml.WriteEndElement();
                    }
                    else if (IsFailure(test) || IsError(test))
                    {
                        string message = Clean(test.Message ?? test.Result);
                        long? line = FailureReporter.LineOf(test.File, test.Message);
                        string where = string.IsNullOrEmpty(test.File) ? "" : line.HasValue ? $"{test.File}:{line}" : test.File;
                        xml.WriteStartElement(IsError(test) ? "error" : "failure");
                        xml.WriteAttributeString("message", FirstLine(message));
                        xml.WriteAttributeString("type", test.Result);
                        xml.WriteString(where.Length == 0 ? message : message + "\n  at " + Clean(where));
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                xml.WriteElementString("system-out", string.Empty);
                xml.WriteElementString("system-err", string.Empty);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        internal static bool IsFailure(TestResult test) => test.Result is "failure" or "failed";
        internal static bool IsError(TestResult test) => test.Result == "error";
        internal static bool IsSkipped(TestResult test) => test.Result is "skipped" or "not_run" or "skip";

        private static string Seconds(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

        private static string FirstLine(string text)
        {
            int end = text.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? text : text.Substring(0, end);
        }

        /// <summary>Drops the characters XML 1.0 cannot carry (a test's message may hold any byte).</summary>
        internal static string Clean(string text)
        {
            var clean = new StringBuilder(text.Length);
            foreach (char c in text)
                if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) clean.Append(c);
            return clean.ToString();
        }
    }
}
