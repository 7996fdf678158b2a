package org.voxpop.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * Turns the classic query parser's errors, which read like parser output ("Lexical error at line 1,
 * column 10. Encountered: &lt;EOF&gt; after prefix..."), into a sentence a person understands and
 * the column it is about: "missing closing quote", "AND needs a term after it", "unbalanced
 * parenthesis". The command line and the web API both show what this makes.
 */
final class QuerySyntaxErrors {

  /**
   * JavaCC's lexical error text; the only place its column and the text it stopped in are given.
   */
  private static final Pattern LEXICAL =
      Pattern.compile(
          "Lexical error at line \\d+, column (\\d+)\\.\\s+Encountered: (.*?) after prefix \"(.*)\" \\(in lexical state \\d+\\)",
          Pattern.DOTALL);

  private QuerySyntaxErrors() {}

  /**
   * The plain-words form of a parse failure of {@code query}.
   *
   * @param query the query text as the user wrote it
   * @param wrapped what {@code QueryParser.parse} threw: its cause is the parser's own error
   */
  static QuerySyntaxException explain(String query, ParseException wrapped) {
    Throwable cause = wrapped.getCause();
    if (cause instanceof QuerySyntaxException q) {
      return q;
    }
    if (cause instanceof ParseException p
        && p.currentToken != null
        && p.currentToken.next != null) {
      return unexpected(query, p.currentToken, p.currentToken.next);
    }
    if (cause instanceof TokenMgrError lexical) {
      return unreadable(query, lexical);
    }
    // One of voxpop's own checks (an unknown field, a bad date): its message is already plain.
    String message =
        cause != null && cause.getMessage() != null
            ? cause.getMessage()
            : String.valueOf(wrapped.getMessage());
    return new QuerySyntaxException(
        "query syntax error: " + message.replace("Cannot parse '" + query + "': ", ""));
  }

  /** The parser met {@code bad} right after {@code last}. */
  private static QuerySyntaxException unexpected(String query, Token last, Token bad) {
    int at = column(query, bad.beginColumn);
    if (isOperator(last)
        && (bad.kind == QueryParserConstants.EOF
            || bad.kind == QueryParserConstants.RPAREN
            || isOperator(bad))) {
      return error(
          operator(last) + " needs a term after it", query, column(query, last.beginColumn));
    }
    if (last.kind == QueryParserConstants.COLON) {
      return error(
          "'"
              + fieldBefore(query, last.beginColumn)
              + ":' needs a value after the colon, e.g. entity:Obama",
          query,
          column(query, last.beginColumn));
    }
    if (last.kind == QueryParserConstants.CARAT) {
      return error(
          "'^' needs a number after it, e.g. Obama^2", query, column(query, last.beginColumn));
    }
    if (isRange(last)) {
      int start =
          Math.max(
              query.lastIndexOf('[', bad.beginColumn - 1),
              query.lastIndexOf('{', bad.beginColumn - 1));
      return error(
          "the range is not finished: write it as [FROM TO TO], e.g. published:[2017-01 TO 2017-06]",
          query,
          column(query, Math.max(0, start)));
    }
    switch (bad.kind) {
      case QueryParserConstants.EOF -> {
        int open = unclosedParenthesis(query);
        if (open >= 0) {
          return error("unbalanced parenthesis: this '(' is never closed", query, open + 1);
        }
        return error("the query ends too early", query, at);
      }
      case QueryParserConstants.RPAREN -> {
        if (last.kind == QueryParserConstants.LPAREN) {
          return error("the parentheses hold nothing", query, column(query, last.beginColumn));
        }
        return error("unbalanced parenthesis: this ')' has no '(' before it", query, at);
      }
      case QueryParserConstants.AND, QueryParserConstants.OR -> {
        return error(operator(bad) + " needs a term before it", query, at);
      }
      case QueryParserConstants.COLON -> {
        return error(
            "a colon needs a field name before it, e.g. entity:Obama (to search for a colon, write \\:)",
            query,
            at);
      }
      case QueryParserConstants.CARAT -> {
        return error("'^' needs a term before it, e.g. Obama^2", query, at);
      }
      case QueryParserConstants.RANGEIN_END, QueryParserConstants.RANGEEX_END -> {
        return error(
            "a range needs TO between its ends, e.g. published:[2017-01 TO 2017-06]", query, at);
      }
      default -> {
        return error("'" + bad.image + "' is not expected here", query, at);
      }
    }
  }

  /** The lexer could not read on: an open quote or regular expression, or a trailing backslash. */
  private static QuerySyntaxException unreadable(String query, TokenMgrError lexical) {
    int quote = unclosedQuote(query);
    if (quote >= 0) {
      return error(
          "missing closing quote: the phrase that starts here is never closed", query, quote + 1);
    }
    int backslashes = 0;
    for (int i = query.length() - 1; i >= 0 && query.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes % 2 == 1) {
      return error(
          "a backslash at the end escapes nothing; write \\\\ to search for a backslash",
          query,
          query.length());
    }
    Matcher m = LEXICAL.matcher(String.valueOf(lexical.getMessage()));
    if (m.find()) {
      int column = Integer.parseInt(m.group(1));
      String prefix = unescape(m.group(3));
      int start = Math.max(0, Math.min(query.length(), column - 1) - prefix.length());
      if (prefix.startsWith("/")) {
        return error(
            "missing closing slash: the regular expression that starts here is never closed",
            query,
            start + 1);
      }
      return error("the query cannot be read from here", query, start + 1);
    }
    return error("the query cannot be read", query, 1);
  }

  private static QuerySyntaxException error(String reason, String query, int column) {
    return new QuerySyntaxException(
        reason, query, Math.max(1, Math.min(column, query.length() + 1)));
  }

  /**
   * The 1-based column of the parser's 0-based offset (it counts characters from the start of the
   * text).
   */
  private static int column(String query, int offset) {
    return Math.max(0, Math.min(offset, query.length())) + 1;
  }

  private static boolean isOperator(Token token) {
    return switch (token.kind) {
      case QueryParserConstants.AND,
          QueryParserConstants.OR,
          QueryParserConstants.NOT,
          QueryParserConstants.PLUS,
          QueryParserConstants.MINUS ->
          true;
      default -> false;
    };
  }

  private static boolean isRange(Token token) {
    return switch (token.kind) {
      case QueryParserConstants.RANGEIN_START,
          QueryParserConstants.RANGEEX_START,
          QueryParserConstants.RANGE_TO,
          QueryParserConstants.RANGE_GOOP,
          QueryParserConstants.RANGE_QUOTED ->
          true;
      default -> false;
    };
  }

  /** AND, OR and NOT as words; their symbols (&&, ||, !, +, -) in quotes. */
  private static String operator(Token token) {
    String image = token.image.strip();
    return image.chars().allMatch(Character::isLetter)
        ? image.toUpperCase(Locale.ROOT)
        : "'" + image + "'";
  }

  /** The field name written just before the colon at {@code colon}. */
  private static String fieldBefore(String query, int colon) {
    int start = Math.min(colon, query.length());
    while (start > 0
        && !Character.isWhitespace(query.charAt(start - 1))
        && "()+-!".indexOf(query.charAt(start - 1)) < 0) {
      start--;
    }
    return query.substring(start, Math.min(colon, query.length()));
  }

  /** Offset of the last '(' outside quotes that no ')' closes, or -1. */
  private static int unclosedParenthesis(String query) {
    Deque<Integer> open = new ArrayDeque<>();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        open.push(i);
      } else if (!quoted && c == ')' && !open.isEmpty()) {
        open.pop();
      }
    }
    return open.isEmpty() ? -1 : open.peek();
  }

  /** Offset of a '"' whose phrase is never closed, or -1. */
  private static int unclosedQuote(String query) {
    int opened = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        opened = opened < 0 ? i : -1;
      }
    }
    return opened;
  }

  /** Undoes JavaCC's escaping of the text it shows (\" \\ \n \t and backslash-u escapes). */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'u' -> {
          if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
            i += 4;
          }
        }
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
