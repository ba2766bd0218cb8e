import { asSystem, database } from '../tx/index.ts';

/**
 * Password guessing is slowed per login name and per client address: after `maxFailures`
 * failures within the window, the key is locked for `lockMinutes`, during which even the right
 * password is refused. An address gets a larger allowance than a name because a whole office
 * usually reaches the server through one NAT address.
 */
export const throttlePolicy = {
  windowMinutes: 15,
  lockMinutes: 15,
  maxFailuresPerUsername: 5,
  maxFailuresPerAddress: 30,
} as const;

export interface ThrottleKeys {
  username: string;
  address: string;
}

export function throttleKeys(username: string, ip: string): ThrottleKeys {
  return { username: `user:${username.trim().toLowerCase()}`, address: `ip:${ip}` };
}

/** Seconds until the later of the two locks ends, or 0 when neither key is locked. */
export async function lockedForSeconds(keys: ThrottleKeys): Promise<number> {
  const r = await asSystem(() => database().raw(
    `select coalesce(ceil(extract(epoch from max(locked_until) - now())), 0)::int as seconds
     from login_throttle where key in ($1, $2) and locked_until > now()`,
    [keys.username, keys.address],
  ));
  return Number(r.rows[0]?.seconds ?? 0);
}

const failureSql = `insert into login_throttle as t (key, failures, last_failure_at, locked_until)
  values ($1, 1, now(), case when $2::int <= 1 then now() + make_interval(mins => $4::int) end)
  on conflict (key) do update set
    failures = case when t.last_failure_at < now() - make_interval(mins => $3::int) then 1 else t.failures + 1 end,
    last_failure_at = now(),
    locked_until = case
      when (case when t.last_failure_at < now() - make_interval(mins => $3::int) then 1 else t.failures + 1 end) >= $2::int
        then now() + make_interval(mins => $4::int)
      else t.locked_until end`;

/** Counts one failed attempt against both keys (atomically, so parallel guesses all count). */
export async function recordLoginFailure(keys: ThrottleKeys): Promise<void> {
  const { windowMinutes, lockMinutes } = throttlePolicy;
  await asSystem(async () => {
    await database().raw(failureSql, [keys.username, throttlePolicy.maxFailuresPerUsername, windowMinutes, lockMinutes]);
    await database().raw(failureSql, [keys.address, throttlePolicy.maxFailuresPerAddress, windowMinutes, lockMinutes]);
  });
}

/**
 * A successful sign-in clears the name's counter. The address counter stays: otherwise one valid
 * account would let an attacker keep guessing other names from the same address.
 */
export async function clearLoginFailures(keys: ThrottleKeys): Promise<void> {
  await asSystem(() => database().raw('delete from login_throttle where key = $1', [keys.username]));
}
