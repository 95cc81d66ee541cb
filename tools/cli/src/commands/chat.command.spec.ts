import { runParley } from '../testing/run-parley';

const bot = 'examples/bots/order-status.json';
const script = 'examples/bots/order-status.script.yaml';

/** Feeds lines to `parley chat` through a pipe and returns what it printed. */
function chat(lines: string[], ...args: string[]) {
  return runParley(['chat', ...args], { input: `${lines.join('\n')}\n` });
}

/** The output from the line that contains `marker` on. */
function after(output: string, marker: string): string {
  const at = output.indexOf(marker);
  if (at < 0) throw new Error(`"${marker}" not in the output:\n${output}`);
  return output.slice(at);
}

describe('parley chat', () => {
  it('answers over a pipe, with numbered choices, /vars, /trace and /restart', () => {
    const run = chat(
      ['AB123456', '/vars', '3', '5', '/trace', '/restart', '/quit'],
      bot,
      '--script',
      script,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain("bot › Hi! I'm the order assistant.");
    // The scripted lookup answered: the card and the numbered quick replies are shown.
    const answered = after(out, 'you › AB123456');
    expect(answered).toMatch(
      /bot › Good news: order AB123456 has shipped and should arrive by 2026-01-18\./,
    );
    expect(answered).toMatch(/┌ DHL · JD014600003SE/);
    expect(answered).toMatch(
      /1\) Check another order {3}2\) Talk to an agent {3}3\) No, that's all/,
    );
    // /vars lists the variables the lookup set, and the unset ones.
    const vars = after(out, 'you › /vars');
    expect(vars).toMatch(/orderId = "AB123456"\n[\s\S]*status = "shipped"/);
    expect(vars).toMatch(/rating = \(unset\)/);
    // Typing 3 pressed "No, that's all": the flow went on to the feedback question.
    expect(after(out, 'you › 3')).toMatch(/^you › 3\nbot › How did I do today\?\n {6}1\) 1 ★/);
    expect(after(out, 'you › 5')).toMatch(
      /Thank you for your feedback!\nbot › Thanks for shopping with us\. Goodbye!\n— the conversation ended \(resolved\) —/,
    );
    // /trace shows the last turn: the feedback resumed with the rating, then the end node.
    const trace = after(out, 'you › /trace');
    expect(trace).toMatch(/trace of turn \d+ \(button event\)/);
    expect(trace).toMatch(/1\. main › feedback \(feedback, resumed\) → next/);
    expect(trace).toMatch(/rating: \(unset\) → 5/);
    expect(trace).toMatch(/2\. main › goodbye \(end\) \(end\)/);
    // /restart starts over with the greeting.
    expect(after(out, 'you › /restart')).toMatch(
      /— new conversation —\nbot › Hi! I'm the order assistant/,
    );
  });

  it('shows the port calls of a turn in /trace, and why a node failed without a script', () => {
    const scripted = chat(['AB123456', '/trace'], bot, '--script', script);
    expect(after(scripted.stdout, 'you › /trace')).toMatch(
      /find-order \(lookup\) → found[^\n]*\n\s+order: \(unset\) → \{"status":"shipped"[\s\S]*lookup\.http GET https:\/\/orders\.example\.com\/api\/orders\/AB123456 → \{"status":200/,
    );
    const bare = chat(['AB123456'], bot);
    expect(bare.stdout).toContain(
      'Note: LLM, knowledge, look-up and action services are not configured here',
    );
    expect(bare.stdout).toContain("bot › Sorry, I can't reach our order system right now.");
    expect(bare.stdout).toContain('(node "find-order" failed: Lookup not configured');
    expect(bare.code).toBe(0);
  });

  it('speaks the locale asked for, with contact attributes and variables from the command line', () => {
    const run = chat(
      ['订单', '/vars'],
      bot,
      '--locale',
      'zh-CN',
      '--contact',
      'firstName=小明',
      '--var',
      'rating=4',
    );
    expect(run.stdout).toContain('bot › 您好，小明！我是订单助手，可以帮您查询订单状态。');
    expect(run.stdout).toContain('bot › 这看起来不像订单号。您可以在订单确认邮件中找到它。');
    expect(after(run.stdout, 'you › /vars')).toMatch(
      /rating = 4\n[\s\S]*contact\.firstName = "小明"/,
    );
  });

  it('hands over to an agent and back with /handback', () => {
    const run = chat(['hi', 'hi', 'hi', '1', '/handback status="delivered"', '/vars'], bot);
    expect(after(run.stdout, 'you › 1')).toMatch(
      /I'm connecting you to a colleague[\s\S]*— handed off to the "orders" queue/,
    );
    expect(after(run.stdout, 'you › /handback')).toMatch(/bot › How did I do today\?/);
    expect(after(run.stdout, 'you › /vars')).toContain('status = "delivered"');
  });

  it('refuses a bot document with errors, printing them', () => {
    const run = chat(['hello'], 'tools/cli/fixtures/dangling-edge-bot.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('edge-target-missing');
    expect(run.stderr).toContain('refusing to chat with a bot that has errors');
    expect(run.stdout).not.toContain('bot ›');
  });

  it('reports a malformed script with its location, and bad usage with exit 2', () => {
    const run = chat([], bot, '--script', 'tools/cli/fixtures/bad-ports.script.yaml');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad-ports\.script\.yaml:3:3: lookup\.htp: unknown field "htp"/);
    const usage = chat([], bot, '--frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Unknown option '--frobnicate'");
    expect(chat([], bot, '--locale', 'fr').stderr).toContain('the bot speaks en, zh-CN, not "fr"');
  });
});
