// A fault at the database that only one event meets: inserting the event row of a REJECT whose reason is 触发故障
// raises, as a failing trigger or disk would; the rest of its transaction is rolled back with it. Removed when the test
// ends. `owner`: a connection as the database's owner (the app's own role may not create triggers).
import type { Sql } from 'postgres'

type Tap = { teardown(fn: () => unknown): void }

export const FAULT_REASON = '触发故障'

export async function faultOnReject(t: Tap, owner: Sql): Promise<void> {
  await owner.unsafe(`
    create function test_fault() returns trigger language plpgsql as $$
    begin
      if new.type = 'REJECT' and new.payload->>'reason' = '${FAULT_REASON}' then raise exception 'injected fault'; end if;
      return new;
    end $$;
    create trigger test_fault before insert on case_events for each row execute function test_fault()`)
  t.teardown(() => owner.unsafe('drop trigger test_fault on case_events; drop function test_fault()'))
}
