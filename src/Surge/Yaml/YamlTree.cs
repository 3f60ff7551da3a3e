using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Surge.Yaml;

/// <summary>A node of a parsed YAML/JSON document, with the 1-based line and column where it starts.</summary>
internal abstract class YamlTreeNode(Mark start)
{
    public int Line { get; } = (int)start.Line;

    public int Column { get; } = (int)start.Column;

    /// <summary>What kind of value this is, for messages ("a list", "an object", "the text 'abc'").</summary>
    public abstract string Describe();
}

internal sealed class YamlTreeScalar(Mark start, string value, ScalarStyle style) : YamlTreeNode(start)
{
    public string Value { get; } = value;

    /// <summary>Written without quotes (so may be a number, a Boolean or null).</summary>
    public bool IsPlain { get; } = style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>An empty value or <c>null</c>/<c>~</c> written without quotes.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() =>
        IsNull ? "an empty value" : (IsPlain ? "" : "the quoted text ") + Quantities.QuantityParser.Quote(Value);
}

internal sealed class YamlTreeSequence(Mark start, IReadOnlyList<YamlTreeNode> items) : YamlTreeNode(start)
{
    public IReadOnlyList<YamlTreeNode> Items { get; } = items;

    public override string Describe() => "a list";
}

internal sealed class YamlTreeMapping(Mark start, IReadOnlyList<KeyValuePair<YamlTreeScalar, YamlTreeNode>> entries) : YamlTreeNode(start)
{
    public IReadOnlyList<KeyValuePair<YamlTreeScalar, YamlTreeNode>> Entries { get; } = entries;

    public override string Describe() => "an object";

    /// <summary>This object with <paramref name="entries"/> instead of its own, at its position (a reader that completes a document).</summary>
    public YamlTreeMapping With(IReadOnlyList<KeyValuePair<YamlTreeScalar, YamlTreeNode>> entries) =>
        new(new Mark(0, Line, Column), entries);

    /// <summary>The entry with key <paramref name="key"/>, or null.</summary>
    public KeyValuePair<YamlTreeScalar, YamlTreeNode>? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }
        return null;
    }
}

/// <summary>Why a document could not be read as a tree: message, position (1-based) and field path.</summary>
internal sealed class YamlTreeException(string message, int? line, int? column, string field) : Exception(message)
{
    public int? Line { get; } = line;

    public int? Column { get; } = column;

    public string Field { get; } = field;
}

/// <summary>
/// Reads one YAML (or JSON) document into a tree that keeps positions, refusing duplicate keys, non-text keys,
/// several documents and nesting deeper than <see cref="MaximumDepth"/>. Anchors and aliases are resolved by
/// sharing nodes.
/// </summary>
internal static class YamlTree
{
    public const int MaximumDepth = 64;

    /// <summary>The root node, or null for an empty document. Throws <see cref="YamlTreeException"/> for malformed input.</summary>
    public static YamlTreeNode? Read(string text)
    {
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(text));
            var anchors = new Dictionary<string, YamlTreeNode>(StringComparer.Ordinal);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors, "", 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw new YamlTreeException("expected one document, found a second one (a line '---'?)",
                    (int)second.Start.Line, (int)second.Start.Column, "");
            }
            parser.Consume<StreamEnd>();
            if (root is YamlTreeScalar { IsNull: true })
            {
                return null;
            }
            return root;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (e.g. "[" then a plain scalar at the start
            // of the next line); the last event it produced is the best position known.
            var last = parser?.Current;
            throw new YamlTreeException("malformed YAML/JSON: the text cannot be read past this point (an unclosed [ or {?)",
                last is null ? 1 : (int)last.End.Line, last is null ? 1 : (int)last.End.Column, "");
        }
        catch (YamlException exception)
        {
            var message = exception.Message;
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; keep only the reason.
            var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
            if (cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal))
            {
                message = message[(cut + 3)..];
            }
            message = message.Trim();
            if (message.Length == 0)
            {
                message = "the document is not valid YAML or JSON";
            }
            var line = (int)exception.Start.Line;
            var column = (int)exception.Start.Column;
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            {
                // The parser marks where the mapping began; point at the first tab used as indentation instead.
                message += " (indent with spaces, not tabs)";
                var lines = text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                    var tab = lines[i].IndexOf('\t', 0, indent);
                    if (tab >= 0)
                    {
                        (line, column) = (i + 1, tab + 1);
                        break;
                    }
                }
            }
            throw new YamlTreeException("malformed YAML/JSON: " + message, line, column, "");
        }
    }

    private static YamlTreeNode ReadNode(IParser parser, Dictionary<string, YamlTreeNode> anchors, string path, int depth)
    {
        if (depth > MaximumDepth)
        {
            var current = parser.Current;
            throw new YamlTreeException($"the document is nested more than {MaximumDepth} levels deep",
                current is null ? null : (int)current.Start.Line, current is null ? null : (int)current.Start.Column, path);
        }
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlTreeException($"the alias *{alias.Value.Value} refers to no anchor defined before it",
                    (int)alias.Start.Line, (int)alias.Start.Column, path);
            }
            return target;
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var node = new YamlTreeScalar(scalar.Start, scalar.Value, scalar.Style);
            Remember(anchors, scalar.Anchor, node);
            return node;
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlTreeNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors, $"{path}[{items.Count}]", depth + 1));
            }
            var node = new YamlTreeSequence(sequenceStart.Start, items);
            Remember(anchors, sequenceStart.Anchor, node);
            return node;
        }
        var mappingStart = parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<YamlTreeScalar, YamlTreeNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current;
            var keyNode = ReadNode(parser, anchors, path, depth + 1);
            if (keyNode is not YamlTreeScalar key)
            {
                throw new YamlTreeException($"a key must be a plain name, got {keyNode.Describe()}",
                    keyNode.Line, keyNode.Column, path);
            }
            var keyPath = path.Length == 0 ? key.Value : path + "." + key.Value;
            if (!seen.Add(key.Value))
            {
                throw new YamlTreeException($"duplicate key '{key.Value}': each field may appear only once in an object",
                    keyEvent is null ? key.Line : (int)keyEvent.Start.Line, keyEvent is null ? key.Column : (int)keyEvent.Start.Column, keyPath);
            }
            var value = ReadNode(parser, anchors, keyPath, depth + 1);
            entries.Add(new(key, value));
        }
        var mapping = new YamlTreeMapping(mappingStart.Start, entries);
        Remember(anchors, mappingStart.Anchor, mapping);
        return mapping;
    }

    private static void Remember(Dictionary<string, YamlTreeNode> anchors, AnchorName anchor, YamlTreeNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }
}
