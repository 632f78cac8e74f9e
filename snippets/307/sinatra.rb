require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 307
    json message: 'Temporary Redirect'
end
