<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign e = event>
<#macro ref s><#if s.url??>[${s.outlet}](${s.url})<#else>${s.outlet}</#if></#macro>
# ${e.title}

- Date: <#if e.date??>${e.date.text}<#if e.dateEvidence??> (${e.dateEvidence})</#if><#else>unknown</#if>
<#if e.place??>
- Place: ${e.place}
</#if>
- Sources: ${e.coverage}<#if e.firstReported??>, first reported ${e.firstReported.text}</#if>
<#if e.summary?has_content>

## Summary

<#list e.summary as s>${s.text}<#if s.url??> \[<@ref s/>\]</#if><#sep> </#list>
</#if>
<#if e.facts?has_content>

## Key facts
<#-- A list, not a table: sentences in table cells are unreadable as plain text. -->
<#list e.facts as f>

- ${f.unit!"—"}: <#if f.differs>**${f.agreementText}**<#else>${f.agreementText}</#if>
<#list f.wordings as w>
  - “${w.wording!""}” — <#list w.sources as r><@ref r/><#sep>, </#list>
</#list>
</#list>
</#if>
<#list e.exclusives as x>

## Only in ${x.outlet}

<#list x.sentences as s>
- ${s}
</#list>
</#list>
<#if e.quotes?has_content>

## Who said what
<#list e.quotes as sq>

### ${sq.speaker!"Unattributed"}<#if sq.role??>, ${sq.role}</#if>
<#list sq.quotes as q>

> ${q.text}
>
> — reported by <#list q.sources as s><@ref s/><#sep>, </#list>
</#list>
</#list>
</#if>
<#if e.participants?has_content>

## Who and where

<#if e.who.people??>
People:

<#list e.who.people.all as p>
- <#if p.url??>[${p.name}](${p.url})<#else>${p.name}</#if><#if p.role??>, ${p.role}</#if>
</#list>
</#if>
<#if e.who.organisations??>

Organisations: <#list e.who.organisations.all as n><#if n.url??>[${n.name}](${n.url})<#else>${n.name}</#if><#sep>, </#list>
</#if>
<#if e.who.places??>

Places: <#list e.who.places.all as n><#if n.url??>[${n.name}](${n.url})<#else>${n.name}</#if><#sep>, </#list>
</#if>
</#if>
<#if e.matrix??>
<#assign m = e.matrix>

## Coverage

<#if m.kinds?? || m.lastUpdated??>
<#if m.kinds??>From ${m.kinds}</#if><#if m.lastUpdated??><#if m.kinds??>; l<#else>L</#if>ast updated ${m.lastUpdated.text}</#if>.

</#if>
<#list m.rows as r>
- ${r.outlet}: <#if r.url??>[${r.title}](${r.url})<#else>${r.title}</#if><#if r.copyOf??> (copy of ${r.copyOf.outlet})</#if><#if r.cells?has_content> — <#list r.cells as c>${m.facts[c?index].unit}: <#if c.kind == "agrees">✓<#elseif c.kind == "value">${c.text}<#else>—</#if><#sep>; </#list></#if>
</#list>
</#if>
<#if e.story??>
<#assign st = e.story>

## In this story

Event ${st.position} of ${st.eventCount} in [${st.title}](${st.url}).
<#if st.earlier?has_content>

Earlier in this story:

<#list st.earlier as ev>
- <#if ev.date??>${ev.date.text}: </#if>[${ev.title}](${ev.url})
</#list>
</#if>
<#if st.later?has_content>

Later in this story:

<#list st.later as ev>
- <#if ev.date??>${ev.date.text}: </#if>[${ev.title}](${ev.url})
</#list>
</#if>
</#if>

## Sources

<#list e.sources as s>
${s?counter}. ${s.outlet}<#if s.outletKind??> (${s.outletKind})</#if>: <#if s.url??>[${s.title}](${s.url})<#else>${s.title}</#if><#if s.published??> (${s.published.text})</#if><#if s.copyOf??> — copy of <@ref s.copyOf/></#if>
</#list>
<#if e.links?has_content>

## Why these articles were merged

<#list e.links as l>
- <@ref l.from/> and <@ref l.to/> (similarity ${l.score}): <#list l.evidence as ev>${ev}<#sep>; </#list>
</#list>
</#if>
