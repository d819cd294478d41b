/*
 * The project's dependency parser: Stanford CoreNLP (GPL v3+, fetched from Maven Central into
 * .corenlp/ and never vendored) behind a small loopback socket, run as a separate process in
 * Java's single-file source mode:
 *
 *   PARSER_TOKEN=<secret> java -cp "<lib>/*" parser-local/ParseServer.java <port> [threads] [maxDepLength]
 *
 * One pipeline (tokenize, ssplit, pos, lemma; no NER, no coref) is built once, shared by every
 * connection (CoreNLP annotators are thread-safe), and each connection is served on its own
 * thread from a fixed pool of `threads`, so two clients keep two cores busy. Every string we are
 * sent is one sentence (ssplit.isOneSentence). "READY <port>" on stdout means the models are
 * loaded and the socket accepts connections.
 *
 * Protocol: the first line of a connection must be the token from PARSER_TOKEN (else it is
 * closed); then newline-delimited JSON, one response per request, in order:
 *   {"id":1,"sentences":["...", ...]}  ->  {"id":1,"sentences":[{"parsed":true,"tokens":[...],"enhanced":[...]}]}
 * A token is {"i","word","lemma","pos","head","rel","start","end"}: 1-based index, the exact
 * text (start/end are UTF-16 offsets into the sentence as sent), lemma, Penn tag, basic UD head
 * (0 = root) and relation with its subtype. `enhanced` lists the enhanced++ edges {head,dep,rel}.
 * A malformed request gets {"id":..,"error":"..."}.
 *
 * Sentences longer than maxDepLength tokens (default 120) are tokenized, tagged and lemmatized
 * but not dependency-parsed (the parser's cost and its error rate grow with length, and such
 * "sentences" are usually lists or tables): they come back with "parsed":false, every token's
 * head -1 and rel "", and no enhanced edges.
 *
 * CoreNLP properties can be added as system properties prefixed with `corenlp.` (e.g.
 * -Dcorenlp.pos.maxlen=200), which is how bench/parser.ts tries tuning settings.
 *
 * The process exits when its stdin closes (its Node parent died or let go), and on SIGTERM.
 */
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonArrayBuilder;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import javax.json.JsonReader;
import javax.json.JsonValue;

public class ParseServer {
  private final StanfordCoreNLP tagging;
  private final StanfordCoreNLP parsing;
  private final int maxDepLength;

  ParseServer(int maxDepLength) {
    this.maxDepLength = maxDepLength;
    Properties tag = new Properties();
    tag.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    tag.setProperty("tokenize.language", "en");
    tag.setProperty("ssplit.isOneSentence", "true");
    this.tagging = new StanfordCoreNLP(tag);
    // depparse on its own, so that it runs only on sentences short enough (see the header).
    Properties dep = new Properties();
    dep.setProperty("annotators", "depparse");
    dep.setProperty("enforceRequirements", "false");
    // Tuning knobs from the command line: -Dcorenlp.pos.model=... sets pos.model, and so on.
    for (String key : System.getProperties().stringPropertyNames()) {
      if (!key.startsWith("corenlp.")) continue;
      String name = key.substring("corenlp.".length());
      if (name.equals("annotators")) continue;
      tag.setProperty(name, System.getProperty(key));
      dep.setProperty(name, System.getProperty(key));
    }
    this.parsing = new StanfordCoreNLP(dep);
  }

  JsonObject parseSentence(String text) {
    Annotation doc = new Annotation(text);
    tagging.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    boolean parsed = !tokens.isEmpty() && tokens.size() <= maxDepLength && sentences.size() == 1;
    if (parsed) parsing.annotate(doc);
    SemanticGraph basic = parsed ? sentences.get(0).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
    SemanticGraph plus = parsed ? sentences.get(0).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) : null;

    JsonArrayBuilder tokenJson = Json.createArrayBuilder();
    for (CoreLabel t : tokens) {
      int head = -1;
      String rel = "";
      if (basic != null) {
        IndexedWord node = basic.getNodeByIndexSafe(t.index());
        if (node != null && basic.getRoots().contains(node)) {
          head = 0;
          rel = "root";
        } else if (node != null) {
          for (SemanticGraphEdge e : basic.incomingEdgeIterable(node)) {
            head = e.getGovernor().index();
            rel = e.getRelation().toString();
          }
        }
      }
      tokenJson.add(Json.createObjectBuilder()
          .add("i", t.index())
          .add("word", t.originalText())
          .add("lemma", t.lemma())
          .add("pos", t.tag())
          .add("head", head)
          .add("rel", rel)
          .add("start", t.beginPosition())
          .add("end", t.endPosition()));
    }
    JsonArrayBuilder edges = Json.createArrayBuilder();
    if (plus != null) {
      for (IndexedWord root : plus.getRoots()) {
        edges.add(Json.createObjectBuilder().add("head", 0).add("dep", root.index()).add("rel", "root"));
      }
      for (SemanticGraphEdge e : plus.edgeListSorted()) {
        edges.add(Json.createObjectBuilder()
            .add("head", e.getGovernor().index())
            .add("dep", e.getDependent().index())
            .add("rel", e.getRelation().toString()));
      }
    }
    return Json.createObjectBuilder().add("parsed", parsed).add("tokens", tokenJson).add("enhanced", edges).build();
  }

  String answer(String line) {
    JsonValue id = JsonValue.NULL;
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonObject request = reader.readObject();
      id = request.getOrDefault("id", JsonValue.NULL);
      JsonArray sentences = request.getJsonArray("sentences");
      if (sentences == null) throw new IllegalArgumentException("no \"sentences\" array");
      JsonArrayBuilder out = Json.createArrayBuilder();
      for (int k = 0; k < sentences.size(); k++) out.add(parseSentence(sentences.getString(k)));
      return Json.createObjectBuilder().add("id", id).add("sentences", out).build().toString();
    } catch (RuntimeException e) {
      JsonObjectBuilder error = Json.createObjectBuilder().add("id", id).add("error", String.valueOf(e.getMessage()));
      return error.build().toString();
    }
  }

  void serve(Socket socket, byte[] token) {
    try (socket;
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null || !MessageDigest.isEqual(first.getBytes(StandardCharsets.UTF_8), token)) return;
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        out.write(answer(line));
        out.write('\n');
        out.flush();
      }
    } catch (Exception e) {
      System.err.println("connection ended: " + e);
    }
  }

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int maxDepLength = args.length > 2 ? Integer.parseInt(args[2]) : 120;
    String secret = System.getenv("PARSER_TOKEN");
    if (secret == null || secret.length() < 16) {
      System.err.println("PARSER_TOKEN must be set (16+ characters)");
      System.exit(2);
    }
    byte[] token = secret.getBytes(StandardCharsets.UTF_8);

    // Never outlive the parent: it holds our stdin and closes it (or dies) when done.
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() != -1) { }
      } catch (Exception ignored) { }
      System.exit(0);
    }, "stdin-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();

    ParseServer server = new ParseServer(maxDepLength);
    server.parseSentence("The models are warmed up by this sentence."); // first-call costs before READY
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    System.out.println("READY " + listener.getLocalPort());
    System.out.flush();
    while (true) {
      Socket socket = listener.accept();
      pool.execute(() -> server.serve(socket, token));
    }
  }
}
