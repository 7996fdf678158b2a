package org.voxpop.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.store.LockObtainFailedException;
import org.voxpop.index.DiskFullException;
import org.voxpop.index.IncompatibleIndexException;
import org.voxpop.index.NotAnIndexFolderException;
import org.voxpop.index.OutOfMemoryStop;
import org.voxpop.index.RejectedRecordException;
import org.voxpop.query.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code voxpop} command: indexes news comments and searches them with facets. */
@Command(
    name = "voxpop",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "A searchable, faceted archive of news articles and their reader comments:",
      "who is talked about, and how.",
      ""
    },
    subcommands = {
      DemoCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      FacetsCommand.class,
      EntitiesCommand.class,
      SentimentCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      TimelineCommand.class,
      CooccurCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      StatsCommand.class,
      ReindexCommand.class,
      DeleteCommand.class,
      BenchCommand.class,
      picocli.AutoComplete.GenerateCompletion.class,
      ImportTextCommand.class,
      OpenSearchLoadCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success (rejected records are reported; they fail a run only with --strict)",
      "  1  user error: bad option, missing file, bad query",
      "  2  data error: a reject with --strict, an unreadable or incompatible index",
      "  3  internal error (please report it)",
      "",
      "Start with:  voxpop demo"
    })
public final class Main implements Runnable {

  /**
   * Lucene logs that the vector incubator module is absent; voxpop does not use vectors. Held in a
   * field because the logging framework keeps only weak references to configured loggers.
   */
  private static final java.util.logging.Logger VECTORIZATION_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private Main() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with voxpop's exit codes and error messages. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    setInvalidInputCode(cli);
    cli.setExecutionExceptionHandler(Main::handle);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  /** Every command gets exit code 1 for bad options, and --help and --version of its own. */
  private static void setInvalidInputCode(CommandLine cli) {
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USER_ERROR);
    if (cli.getCommandSpec().parent() != null
        && cli.getCommandSpec().optionsMap().get("--help") == null) {
      cli.getCommandSpec().mixinStandardHelpOptions(true);
    }
    cli.getSubcommands().values().forEach(Main::setInvalidInputCode);
  }

  static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    int code;
    String message;
    if (e instanceof QuerySyntaxException syntax && syntax.column().isPresent()) {
      code = ExitCodes.USER_ERROR;
      message = syntax.getMessage() + System.lineSeparator() + syntax.pointer();
    } else if (e instanceof IllegalArgumentException || e instanceof UserError) {
      code = ExitCodes.USER_ERROR;
      message = e.getMessage();
    } else if (e instanceof java.nio.file.FileSystemException fs
        && (e instanceof java.nio.file.FileAlreadyExistsException
            || e instanceof java.nio.file.NotDirectoryException
            || "Not a directory".equals(fs.getReason()))) {
      // a folder was to be made or read where a file is (--index /etc/passwd/sub)
      code = ExitCodes.USER_ERROR;
      message = "not a folder: " + fs.getFile() + " is a file, or lies inside one";
    } else if (e instanceof java.nio.file.AccessDeniedException denied) {
      code = ExitCodes.USER_ERROR;
      message = "permission denied: " + denied.getFile();
    } else if (e instanceof FileNotFoundException || e instanceof NoSuchFileException) {
      code = ExitCodes.USER_ERROR;
      message =
          e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
    } else if (e instanceof OutOfMemoryStop) {
      code = ExitCodes.INTERNAL_ERROR;
      message = e.getMessage();
    } else if (e instanceof DiskFullException) {
      code = ExitCodes.DATA_ERROR;
      message = e.getMessage();
    } else if (e instanceof NotAnIndexFolderException) {
      code = ExitCodes.USER_ERROR;
      message = e.getMessage();
    } else if (e instanceof LockObtainFailedException) {
      code = ExitCodes.USER_ERROR;
      message =
          "another voxpop process is writing this index; wait for it to finish ("
              + e.getMessage()
              + ")";
    } else if (e instanceof RejectedRecordException || e instanceof IncompatibleIndexException) {
      code = ExitCodes.DATA_ERROR;
      message = e.getMessage();
    } else if (e instanceof java.io.IOException) {
      code = ExitCodes.DATA_ERROR;
      message = "I/O error: " + e.getMessage();
    } else {
      code = ExitCodes.INTERNAL_ERROR;
      message = "internal error, please report it: " + e;
      if (System.getenv("VOXPOP_DEBUG") != null) {
        e.printStackTrace(err);
      }
    }
    err.println("voxpop: " + message);
    err.flush();
    return code;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    VECTORIZATION_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "voxpop " + (version == null ? "dev" : version),
        "Java " + Runtime.version() + ", Lucene " + org.apache.lucene.util.Version.LATEST
      };
    }
  }
}
