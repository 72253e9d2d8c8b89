<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#if single>
# ${stories[0].title}

[${msg.timeline}](${timelineUrl})<#if feed??> · ${msg.feedsOfStory}: [Atom](${feed.atom}) · [JSON Feed](${feed.json})</#if>
<#else>
# ${msg.timeline}

${msg.timelineIntro}
<#if !stories?has_content>

${msg.noStoryline}
</#if>
</#if>
<#list stories as st>
<#if !single>

## [${st.title}](${st.url})
</#if>

${msg.plural("events", st.eventCount)}<#if st.from?? && st.to??>, ${msg.format("fromTo", st.from.text, st.to.text)}</#if><#if st.shared?has_content>; ${msg.format("linkedBy", st.shared?join(", "))}</#if>

<#list st.events as ev>
- <#if ev.date??>${ev.date.text}<#else>${msg.dateUnknown}</#if>: [${ev.title}](${ev.url})<#if ev.place??> (${ev.place})</#if><#if ev.line??> — ${ev.line}</#if>
</#list>
</#list>
