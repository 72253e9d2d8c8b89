<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign e = event>
<#macro ref s><#if s.url??>[${s.outlet}](${s.url})<#else>${s.outlet}</#if></#macro>
# ${e.title}

- ${msg.date}: <#if e.date??>${e.date.text}<#if e.dateEvidence??> (${e.dateEvidence})</#if><#else>${msg.unknownInline}</#if>
<#if e.place??>
- ${msg.place}: ${e.place}
</#if>
- ${msg.sources}: ${e.coverage}<#if e.firstReported??>, ${msg.format("firstReported", e.firstReported.text)}</#if>
<#if e.summary?has_content>

## ${msg.summary}

<#list e.summary as s>${s.text}<#if s.url??> \[<@ref s/>\]</#if><#sep> </#list>
</#if>
<#if e.facts?has_content>

## ${msg.keyFacts}
<#-- A list, not a table: sentences in table cells are unreadable as plain text. -->
<#list e.facts as f>

- ${f.unit!"—"}: <#if f.differs>**${f.agreementText}**<#else>${f.agreementText}</#if>
<#list f.wordings as w>
  - “${w.wording!""}” — <#list w.sources as r><@ref r/><#sep>, </#list>
</#list>
</#list>
</#if>
<#list e.exclusives as x>

## ${msg.format("onlyIn", x.outlet)}

<#list x.sentences as s>
- ${s}
</#list>
</#list>
<#if e.quotes?has_content>

## ${msg.whoSaidWhat}
<#list e.quotes as sq>

### ${sq.speaker!msg.unattributed}<#if sq.role??>, ${sq.role}</#if>
<#list sq.quotes as q>

> ${q.text}
>
> — ${msg.reportedByInline} <#list q.sources as s><@ref s/><#sep>, </#list>
</#list>
</#list>
</#if>
<#if e.participants?has_content>

## ${msg.whoAndWhere}

<#if e.who.people??>
${msg.people}:

<#list e.who.people.all as p>
- <#if p.url??>[${p.name}](${p.url})<#else>${p.name}</#if><#if p.role??>, ${p.role}</#if>
</#list>
</#if>
<#if e.who.organisations??>

${msg.organisations}: <#list e.who.organisations.all as n><#if n.url??>[${n.name}](${n.url})<#else>${n.name}</#if><#sep>, </#list>
</#if>
<#if e.who.places??>

${msg.places}: <#list e.who.places.all as n><#if n.url??>[${n.name}](${n.url})<#else>${n.name}</#if><#sep>, </#list>
</#if>
</#if>
<#if e.matrix??>
<#assign m = e.matrix>

## ${msg.coverage}

<#if m.kinds?? || m.lastUpdated??>
<#if m.kinds??>${msg.format("fromKinds", m.kinds)}</#if><#if m.lastUpdated??><#if m.kinds??>; ${msg.format("lastUpdated", m.lastUpdated.text)}<#else>${msg.format("lastUpdatedAlone", m.lastUpdated.text)}</#if></#if>.

</#if>
<#list m.rows as r>
- ${r.outlet}: <#if r.url??>[${r.title}](${r.url})<#else>${r.title}</#if><#if r.copyOf??> (${msg.format("copyOf", r.copyOf.outlet)})</#if><#if r.cells?has_content> — <#list r.cells as c>${m.facts[c?index].unit}: <#if c.kind == "agrees">✓<#elseif c.kind == "value">${c.text}<#else>—</#if><#sep>; </#list></#if>
</#list>
</#if>
<#if e.story??>
<#assign st = e.story>

## ${msg.inThisStory}

<#assign story>[${st.title}](${st.url})</#assign>
${msg.format("eventOfStory", st.position, st.eventCount, story)}.
<#if st.earlier?has_content>

${msg.earlierInStory}:

<#list st.earlier as ev>
- <#if ev.date??>${ev.date.text}: </#if>[${ev.title}](${ev.url})
</#list>
</#if>
<#if st.later?has_content>

${msg.laterInStory}:

<#list st.later as ev>
- <#if ev.date??>${ev.date.text}: </#if>[${ev.title}](${ev.url})
</#list>
</#if>
</#if>

## ${msg.sources}

<#list e.sources as s>
${s?counter}. ${s.outlet}<#if s.outletKind??> (${s.outletKind})</#if>: <#if s.url??>[${s.title}](${s.url})<#else>${s.title}</#if><#if s.published??> (${s.published.text})</#if><#if s.copyOf??><#assign original><@ref s.copyOf/></#assign> — ${msg.format("copyOf", original)}</#if>
</#list>
<#if e.links?has_content>

## ${msg.whyMerged}

<#list e.links as l>
<#assign from><@ref l.from/></#assign><#assign to><@ref l.to/></#assign>
- ${msg.format("mergedPair", from, to, l.score)}: <#list l.evidence as ev>${ev}<#sep>; </#list>
</#list>
</#if>
