package org.newsdigest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsdigest.serve.SiteServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdigest serve}: the built site on 127.0.0.1, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Serves the built site on 127.0.0.1 for browsing; stop it with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8000;

  @Option(names = "--out", paramLabel = "DIR", description = "The built site to serve (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("site");

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter console = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "The port " + port + " is not between 0 and 65535.");
    }
    if (!Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "There is no site in '" + out + "': run 'newsdigest build' first.");
    }
    SiteServer server;
    try {
      server = SiteServer.start(out, port);
    } catch (IOException e) {
      spec.commandLine().getErr().println("newsdigest: cannot serve on port " + port + ": " + BuildCommand.describe(e));
      return ExitCodes.FAILED;
    }
    console.println("Serving " + out + " at " + server.url() + " (Ctrl+C to stop)");
    console.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return ExitCodes.OK;
  }
}
