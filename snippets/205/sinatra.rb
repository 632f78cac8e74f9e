require 'sinatra'

get '/endpoint' do
    status 205
    '' # a 205 has no content: return an empty body
end
